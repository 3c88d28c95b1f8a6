import { fr } from '@codegouvfr/react-dsfr';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { gqlRequest } from '../../../app/graphql';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { QvtAnswerInput, QvtCampaignsQuery, QvtQuestionKind } from '../../../gql/graphql';
import { QVT_QUESTION_KINDS, QVT_QUESTION_KIND_LABELS } from '@maillage/shared';
import { ErrorState } from '../../../ui/ErrorState';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Button } from '../../../ui/Button';
import { DateField, SelectField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { LoadingState } from '../../../ui/LoadingState';
import { BarChart } from '../../psad-dashboard/charts/BarChart';
import { useChosenCio, useOrientationCios, type OrientationCio } from '../cios';
import { useCreateQvtCampaign } from './queries';
import '../../../ui/styles/dashboard.css';
import '../../../ui/styles/orientation.css';

const QvtCampaignsDocument = graphql(`
  query QvtCampaigns($cioId: ID!) {
    qvtCampaigns(cioId: $cioId) {
      id
      title
      opensOn
      closesOn
      canAnswer
      answered
      questions {
        id
        kind
        label
        lowLabel
        highLabel
      }
      results {
        respondents
        threshold
        questions {
          questionId
          answers
          mean
          distribution
          comments
        }
      }
    }
  }
`);

const AnswerQvtDocument = graphql(`
  mutation AnswerQvtCampaign($input: AnswerQvtCampaignInput!) {
    answerQvtCampaign(input: $input) {
      id
      answered
      canAnswer
    }
  }
`);

type Campaign = QvtCampaignsQuery['qvtCampaigns'][number];
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const day = (d: unknown) => DAY.format(new Date(`${String(d)}T00:00:00Z`));
const mean = (n: number | null | undefined) =>
  n == null ? '—' : n.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The anonymous answer form: one 1–5 scale (labelled ends) or free comment per question. */
function AnswerForm({ campaign, onDone }: { campaign: Campaign; onDone: () => Promise<void> }) {
  const [scales, setScales] = useState<Record<string, number>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      gqlRequest(AnswerQvtDocument, {
        input: {
          campaignId: campaign.id,
          answers: campaign.questions.flatMap((q): QvtAnswerInput[] => {
            if (q.kind === 'SCALE') return scales[q.id] ? [{ questionId: q.id, scale: scales[q.id] }] : [];
            const comment = comments[q.id]?.trim();
            return comment ? [{ questionId: q.id, comment }] : [];
          }),
        },
      }),
    onSuccess: onDone,
  });
  const errors = splitErrors(mutation.error, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = campaign.questions.find((q) => q.kind === 'SCALE' && !scales[q.id]);
    if (unanswered) {
      setMissing(`Choisissez une note pour « ${unanswered.label} ».`);
      return;
    }
    setMissing(null);
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`qvt-form-${campaign.id}`}>
      <h3 id={`qvt-form-${campaign.id}`}>Répondre au questionnaire</h3>
      <p className={fr.cx('fr-text--sm')}>
        Votre réponse est anonyme : elle est enregistrée sans votre nom ni l’heure de réponse, et vous ne pouvez
        répondre qu’une fois.
      </p>
      {campaign.questions.map((q) =>
        q.kind === 'SCALE' ? (
          <fieldset className={fr.cx('fr-fieldset')} key={q.id} data-field={q.id}>
            <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>
              {q.label}
              <span className={fr.cx('fr-hint-text')}>
                de 1 ({q.lowLabel}) à 5 ({q.highLabel})
              </span>
            </legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <div className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')} key={n}>
                <div className={fr.cx('fr-radio-group')}>
                  <input
                    type="radio"
                    id={`${q.id}-${n}`}
                    name={q.id}
                    checked={scales[q.id] === n}
                    onChange={() => setScales((s) => ({ ...s, [q.id]: n }))}
                  />
                  <label className={fr.cx('fr-label')} htmlFor={`${q.id}-${n}`}>
                    {n === 1 ? `1 – ${q.lowLabel}` : n === 5 ? `5 – ${q.highLabel}` : String(n)}
                  </label>
                </div>
              </div>
            ))}
          </fieldset>
        ) : (
          <div className={fr.cx('fr-input-group')} key={q.id}>
            <label className={fr.cx('fr-label')} htmlFor={`${q.id}-comment`}>
              {q.label}
              <span className={fr.cx('fr-hint-text')}>
                Facultatif. N’y écrivez rien qui permette de vous reconnaître.
              </span>
            </label>
            <textarea
              className={fr.cx('fr-input')}
              id={`${q.id}-comment`}
              maxLength={2000}
              value={comments[q.id] ?? ''}
              onChange={(e) => setComments((c) => ({ ...c, [q.id]: e.target.value }))}
            />
          </div>
        ),
      )}
      <ErrorSummary general={missing ?? errors.general} fields={errors.fields} />
      <Button type="submit" busy={mutation.isPending}>
        Envoyer ma réponse anonyme
      </Button>
    </form>
  );
}

interface QuestionDraft {
  key: number;
  kind: QvtQuestionKind;
  label: string;
  lowLabel: string;
  highLabel: string;
}
const newQuestion = (key: number): QuestionDraft => ({ key, kind: 'SCALE', label: '', lowLabel: '', highLabel: '' });
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The direction team's form for a new campaign: title, opening and closing days, its questions. */
/** `onDone` gets the new campaign's id after a save, nothing after « Annuler ». */
function CampaignForm({ cio, onDone }: { cio: OrientationCio; onDone: (createdId?: string) => void }) {
  const [values, setValues] = useState({ title: '', opensOn: '', closesOn: '' });
  const [questions, setQuestions] = useState<QuestionDraft[]>([newQuestion(0)]);
  const [nextKey, setNextKey] = useState(1);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const create = useCreateQvtCampaign();
  const known = [
    'title',
    'opensOn',
    'closesOn',
    'questions',
    ...questions.flatMap((_, i) => ['label', 'lowLabel', 'highLabel'].map((f) => `questions.${i}.${f}`)),
  ];
  const server = splitErrors(create.error, known, (p) => p.replace(/^input\./, ''));
  const fields = { ...server.fields, ...local };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, fields);
  const labels: Record<string, string> = {
    title: 'Titre',
    opensOn: 'Ouverture',
    closesOn: 'Clôture',
    questions: 'Questions',
  };
  questions.forEach((_, i) => {
    labels[`questions.${i}.label`] = `Question ${i + 1}`;
    labels[`questions.${i}.lowLabel`] = `Question ${i + 1}, libellé de la note 1`;
    labels[`questions.${i}.highLabel`] = `Question ${i + 1}, libellé de la note 5`;
  });
  const set = (k: keyof typeof values) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));
  const setQuestion = (i: number, patch: Partial<QuestionDraft>) =>
    setQuestions((prev) => prev.map((q, k) => (k === i ? { ...q, ...patch } : q)));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string | undefined> = {
      title: values.title.trim() ? undefined : 'saisissez le titre du questionnaire',
      opensOn: !values.opensOn
        ? 'saisissez la date d’ouverture'
        : ISO_DAY.test(values.opensOn)
          ? undefined
          : 'date invalide : saisissez-la au format jj/mm/aaaa',
      closesOn: !values.closesOn
        ? 'saisissez la date de clôture'
        : !ISO_DAY.test(values.closesOn)
          ? 'date invalide : saisissez-la au format jj/mm/aaaa'
          : ISO_DAY.test(values.opensOn) && values.closesOn < values.opensOn
            ? 'la clôture ne peut précéder l’ouverture'
            : undefined,
      questions: questions.length === 0 ? 'ajoutez au moins une question' : undefined,
    };
    questions.forEach((q, i) => {
      if (!q.label.trim()) errors[`questions.${i}.label`] = 'saisissez la question';
      if (q.kind === 'SCALE' && !q.lowLabel.trim()) errors[`questions.${i}.lowLabel`] = 'saisissez ce que veut dire 1';
      if (q.kind === 'SCALE' && !q.highLabel.trim())
        errors[`questions.${i}.highLabel`] = 'saisissez ce que veut dire 5';
    });
    setLocal(errors);
    if (Object.values(errors).some(Boolean)) return;
    create.mutate(
      {
        cioId: cio.id,
        title: values.title.trim(),
        opensOn: values.opensOn,
        closesOn: values.closesOn,
        questions: questions.map((q) => ({
          kind: q.kind,
          label: q.label.trim(),
          lowLabel: q.kind === 'SCALE' ? q.lowLabel.trim() : null,
          highLabel: q.kind === 'SCALE' ? q.highLabel.trim() : null,
        })),
      },
      { onSuccess: (data) => onDone(data.createQvtCampaign.id) },
    );
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="orientation__form" aria-labelledby="campagne-titre">
      <h2 id="campagne-titre" className={fr.cx('fr-h5')}>
        Nouveau questionnaire
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        Les PsyEn du CIO y répondent anonymement, une fois chacun, entre l’ouverture et la clôture. Les résultats ne
        sont montrés qu’à partir de 5 réponses.
      </p>
      <TextField
        label="Titre"
        name="title"
        required
        maxLength={200}
        value={values.title}
        onValueChange={set('title')}
        error={fields.title}
      />
      <DateField
        label="Ouverture le"
        name="opensOn"
        required
        value={values.opensOn}
        onValueChange={set('opensOn')}
        error={fields.opensOn}
      />
      <DateField
        label="Clôture le"
        name="closesOn"
        required
        value={values.closesOn}
        onValueChange={set('closesOn')}
        error={fields.closesOn}
      />
      {questions.map((q, i) => (
        <fieldset className={fr.cx('fr-fieldset')} key={q.key} data-field="questions">
          <legend className={fr.cx('fr-fieldset__legend')}>Question {i + 1}</legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <SelectField
              label={`Type de la question ${i + 1}`}
              value={q.kind}
              onValueChange={(v) => setQuestion(i, { kind: v as QvtQuestionKind })}
            >
              {QVT_QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {QVT_QUESTION_KIND_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <TextField
              label={`Question ${i + 1}`}
              name={`questions.${i}.label`}
              required
              maxLength={300}
              value={q.label}
              onValueChange={(v) => setQuestion(i, { label: v })}
              error={fields[`questions.${i}.label`]}
            />
            {q.kind === 'SCALE' ? (
              <>
                <TextField
                  label={`Question ${i + 1} : ce que veut dire 1`}
                  name={`questions.${i}.lowLabel`}
                  required
                  maxLength={60}
                  hint="Par exemple : Très difficile"
                  value={q.lowLabel}
                  onValueChange={(v) => setQuestion(i, { lowLabel: v })}
                  error={fields[`questions.${i}.lowLabel`]}
                />
                <TextField
                  label={`Question ${i + 1} : ce que veut dire 5`}
                  name={`questions.${i}.highLabel`}
                  required
                  maxLength={60}
                  hint="Par exemple : Tout à fait satisfaisant"
                  value={q.highLabel}
                  onValueChange={(v) => setQuestion(i, { highLabel: v })}
                  error={fields[`questions.${i}.highLabel`]}
                />
              </>
            ) : null}
            {questions.length > 1 ? (
              <Button
                size="small"
                variant="danger"
                onClick={() => setQuestions((prev) => prev.filter((_, k) => k !== i))}
                title={`Retirer la question ${i + 1}`}
              >
                Retirer la question
              </Button>
            ) : null}
          </div>
        </fieldset>
      ))}
      {questions.length < 30 ? (
        <Button
          variant="secondary"
          className={fr.cx('fr-mb-2w')}
          onClick={() => {
            setQuestions((prev) => [...prev, newQuestion(nextKey)]);
            setNextKey((k) => k + 1);
          }}
        >
          Ajouter une question
        </Button>
      ) : null}
      <FormActions
        errors={{ fields, general: server.general, labels }}
        submitLabel="Créer le questionnaire"
        busy={create.isPending}
        onCancel={() => onDone()}
      />
    </form>
  );
}

function Results({ campaign }: { campaign: Campaign }) {
  const { respondents, threshold, questions } = campaign.results;
  if (respondents < threshold || questions.length === 0)
    return (
      <p className={fr.cx('fr-callout__text')}>
        Résultats visibles à partir de {threshold} réponses ({Math.min(respondents, threshold)}/{threshold}).
      </p>
    );
  const byId = new Map(questions.map((r) => [r.questionId, r]));
  return (
    <div>
      <p>
        {respondents} PsyEn ont répondu. Une question à laquelle moins de {threshold} personnes ont répondu n’est pas
        montrée.
      </p>
      {campaign.questions.map((q) => {
        const r = byId.get(q.id);
        if (!r) return null;
        return (
          <section key={q.id} aria-labelledby={`res-${q.id}`}>
            <h4 id={`res-${q.id}`}>{q.label}</h4>
            {q.kind === 'SCALE' ? (
              <>
                <p>
                  {r.answers} réponses, moyenne {mean(r.mean)} sur 5 (1 : {q.lowLabel} ; 5 : {q.highLabel}).
                </p>
                <BarChart
                  bars={r.distribution.map((n, i) => ({ key: String(i + 1), label: `Note ${i + 1}`, value: n }))}
                />
                <div className={fr.cx('fr-table', 'fr-table--sm')}>
                  <table>
                    <caption>Répartition des notes : {q.label}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Note</th>
                        <th scope="col">Réponses</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.distribution.map((n, i) => (
                        <tr key={i}>
                          <th scope="row">{i + 1}</th>
                          <td>{n}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : (
              <>
                <p>{r.answers} commentaires (dans un ordre aléatoire) :</p>
                <ul>
                  {r.comments.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The quality-of-working-life questionnaires of a CIO: the PsyEn answer them anonymously; results from 5 answers. */
export function QvtPage() {
  usePageTitle('Qualité de vie au travail');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const campaigns = useQuery({
    queryKey: ['qvtCampaigns', cio?.id],
    queryFn: () => gqlRequest(QvtCampaignsDocument, { cioId: cio!.id }),
    enabled: !!cio,
  });
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  return (
    <div className="page orientation">
      <h1>Qualité de vie au travail</h1>
      {picker}
      {!cio ? <p>Vous n’êtes rattaché à aucun CIO.</p> : null}
      {cio?.canDirect ? (
        creating ? (
          <CampaignForm
            key={cio.id}
            cio={cio}
            onDone={(id) => {
              setCreating(false);
              // The new campaign's heading takes the focus once it is listed (newest first).
              if (id) window.setTimeout(() => document.getElementById(`qvt-${id}`)?.focus(), 0);
            }}
          />
        ) : (
          <Button onClick={() => setCreating(true)} className={fr.cx('fr-mb-2w')}>
            Nouveau questionnaire
          </Button>
        )
      ) : null}
      {campaigns.isPending && cio ? <LoadingState /> : null}
      {campaigns.isError ? <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} /> : null}
      {campaigns.data?.qvtCampaigns.length === 0 ? <p>Aucun questionnaire pour ce CIO.</p> : null}
      {campaigns.data?.qvtCampaigns.map((c) => (
        <section key={c.id} aria-labelledby={`qvt-${c.id}`} className={fr.cx('fr-mb-6w')}>
          <h2 id={`qvt-${c.id}`} tabIndex={-1}>
            {c.title}
          </h2>
          <p>
            Ouvert du {day(c.opensOn)} au {day(c.closesOn)}.
          </p>
          {c.answered ? (
            <p className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm')} role="status">
              Vous avez répondu à ce questionnaire. Merci.
            </p>
          ) : null}
          {c.canAnswer ? (
            <AnswerForm campaign={c} onDone={() => client.invalidateQueries({ queryKey: ['qvtCampaigns'] })} />
          ) : null}
          <h3>Résultats</h3>
          <Results campaign={c} />
        </section>
      ))}
    </div>
  );
}

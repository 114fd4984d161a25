//! The interactive questionnaire's flow (`dgtk assess`), as plain logic behind a [`Prompter`].
//!
//! The flow walks the framework principle by principle, question by question; it shows each
//! screen, asks for an answer of the question's kind (or `n/a` with a reason, or `unknown`), then
//! for evidence, and saves after every answer through a caller-given function. It offers back,
//! skip, jump to a principle, a review of all answers with their scores, and a finish step that
//! marks the assessment final only when it is complete.
//!
//! It never prints and never reads the terminal itself: every screen and every question goes
//! through the [`Prompter`], so the same flow runs on a real terminal (`cmd::assess`) and on a
//! script in tests ([`scripted::Scripted`]).

pub mod screen;
pub mod scripted;

use std::io;

pub use screen::Screen;

use crate::assessment::{Answer, Assessment, Status, Value, format_number};
use crate::framework::{Framework, Principle, Question, QuestionKind};
use screen::Line;

/// What the flow needs from a terminal (or a test script).
///
/// The screen set by [`Prompter::screen`] stays on display under every prompt that follows it,
/// until the next screen: a terminal keeps its head (position and question) visible and folds
/// its body away when there is no room. Every method that asks may fail with an I/O error;
/// `ErrorKind::Interrupted` means the person pressed Ctrl-C.
pub trait Prompter {
    /// Columns to lay out tables (the review's rows) to.
    fn width(&self) -> usize {
        80
    }
    /// Shows a screen (replacing the one before), under which the next prompts are asked.
    fn screen(&mut self, screen: &Screen) -> io::Result<()>;
    /// One of `items`, the cursor starting on `default`.
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>>;
    /// As [`Prompter::select`], with what each item means (`details`, by index; may be empty
    /// or shorter): a terminal shows the one under the cursor when the screen has room.
    fn select_detailed(
        &mut self,
        prompt: &str,
        items: &[String],
        details: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>> {
        let _ = details;
        self.select(prompt, items, default)
    }
    /// The indexes of the items ticked, starting from `checked`.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Reply<Vec<usize>>>;
    /// Yes or no; backing out is no.
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool>;
    /// One line of text, starting as `initial` (Enter accepts it). `check` returns the message to
    /// show when the line is not acceptable; the prompter asks again until it is.
    fn input(
        &mut self,
        prompt: &str,
        initial: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<Reply<String>>;
    /// Free text of one or several lines (evidence); returns the whole new text. Confirming
    /// without typing keeps `current`.
    fn text(&mut self, prompt: &str, current: &str) -> io::Result<Reply<String>>;
}

/// What a person did at a prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<T> {
    /// Answered.
    Given(T),
    /// Went back one level (Esc): nothing is changed.
    Back,
    /// Asked to save and quit (and confirmed it).
    Quit,
}

/// Why the questionnaire stopped early.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The terminal failed, or the person pressed Ctrl-C (`is_interrupted`).
    #[error("{}", crate::t!("assess-error-terminal", error = .0.to_string()))]
    Prompt(#[source] io::Error),
    /// Saving the answer file failed; the answer on screen is not saved.
    #[error("{}", crate::t!("assess-error-save", error = .0.to_string()))]
    Save(#[source] io::Error),
}

impl Error {
    /// Ctrl-C while a prompt was waiting.
    pub fn is_interrupted(&self) -> bool {
        matches!(self, Error::Prompt(e) if e.kind() == io::ErrorKind::Interrupted)
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Prompt(e)
    }
}

/// How the questionnaire ended (the answers are saved either way).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The person left; the file stays as saved (a draft, unless it was final and unchanged).
    Quit,
    /// The person marked the assessment final.
    Final,
}

/// Saves the assessment (atomically); called after every answer.
/// Saves the assessment; may return a note to show on the next screen (e.g. that the file had
/// changed on disk and was reloaded first).
pub type Save<'s> = dyn FnMut(&mut Assessment) -> io::Result<Option<String>> + 's;

/// Where the flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Question(usize),
    Review,
    Finish,
}

/// What the person did on a question's screen.
enum Action {
    Answered,
    Skip,
    Back,
    Jump(usize),
    Review,
    Finish,
    Quit,
    /// Esc on a question reached from the review: back to the review.
    ToReview,
}

/// What the person chose on the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReviewChoice {
    /// Change this question's answer.
    Change(usize),
    /// Back to the questionnaire, where the person was.
    Resume,
    Finish,
    Quit,
}

/// What came of the finish step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FinishChoice {
    /// Marked final (and saved).
    Marked,
    /// Go to this question (the first one left).
    Go(usize),
    Review,
    /// Back where the person came from (Esc).
    Back,
    Quit,
}

/// An entry of a question's menu.
#[derive(Debug, Clone, PartialEq)]
enum Choice {
    Value(Value),
    TickItems,
    TypeNumber,
    NotApplicable,
    Skip,
    Back,
    Jump,
    Review,
    Finish,
    /// Show the framework's own rules for answering (scope, how to pick a level, terms).
    HowTo,
}

/// The questionnaire over one assessment.
pub struct Questionnaire<'a> {
    fw: &'a Framework,
    assessment: Assessment,
    prior: Option<&'a Assessment>,
    file: String,
    /// A message for the next screen (a screen clears what was shown before it).
    notice: Option<String>,
    /// (principle index, question index) of every question, in framework order.
    slots: Vec<(usize, usize)>,
}

impl<'a> Questionnaire<'a> {
    /// `prior`: last year's assessment (`--from`), whose answers are shown and offered as
    /// defaults. `file`: the file's name, shown on every screen.
    pub fn new(
        fw: &'a Framework,
        assessment: Assessment,
        prior: Option<&'a Assessment>,
        file: impl Into<String>,
    ) -> Self {
        let slots = fw
            .principles
            .iter()
            .enumerate()
            .flat_map(|(p, pr)| (0..pr.questions.len()).map(move |q| (p, q)))
            .collect();
        Questionnaire {
            fw,
            assessment,
            prior,
            file: file.into(),
            notice: None,
            slots,
        }
    }

    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    pub fn into_assessment(self) -> Assessment {
        self.assessment
    }

    /// What is said once the questionnaire has ended with `outcome`: the file, how many
    /// questions are answered (and left to review), and what to do next.
    pub fn farewell(&self, outcome: Outcome) -> String {
        let (f, a, file) = (self.fw, &self.assessment, self.file.as_str());
        let flagged = a.flagged(f).len();
        let review = if flagged > 0 {
            format!(", {}", crate::t!("assess-position-review", n = flagged))
        } else {
            String::new()
        };
        let next = match (outcome, a.meta.status) {
            (Outcome::Final, _) | (_, Status::Final) => {
                crate::t!("assess-saved-final", file = file)
            }
            _ => crate::t!("assess-saved-draft", file = file),
        };
        crate::t!(
            "assess-saved",
            file = file,
            answered = f.question_count() - a.unanswered(f).len(),
            total = f.question_count(),
            review = review,
            next = next
        )
    }

    fn principle_of(&self, i: usize) -> &'a Principle {
        &self.fw.principles[self.slots[i].0]
    }

    fn question_at(&self, i: usize) -> &'a Question {
        let (p, q) = self.slots[i];
        &self.fw.principles[p].questions[q]
    }

    /// Unanswered, or carried forward and not yet confirmed.
    fn needs_attention(&self, i: usize) -> bool {
        let id = &self.question_at(i).id;
        self.assessment
            .answers
            .get(id)
            .is_none_or(|a| a.value.is_none() || a.review)
    }

    /// The first question that is unanswered or flagged for review, in framework order.
    pub fn first_to_do(&self) -> Option<usize> {
        (0..self.slots.len()).find(|&i| self.needs_attention(i))
    }

    /// Where to start in a principle: its first question to do, else its first question.
    pub fn start_of(&self, principle: &str) -> Option<usize> {
        let p = self.fw.principles.iter().position(|p| p.id == principle)?;
        let mut in_p = (0..self.slots.len()).filter(|&i| self.slots[i].0 == p);
        let first = in_p.clone().next()?;
        Some(in_p.find(|&i| self.needs_attention(i)).unwrap_or(first))
    }

    /// Last year's answer to question `id`: from the prior assessment, or the answer carried
    /// forward into this file and still flagged for review.
    fn last_year(&self, id: &str) -> Option<&Answer> {
        if let Some(a) = self
            .prior
            .and_then(|p| p.answers.get(id))
            .filter(|a| a.value.is_some())
        {
            return Some(a);
        }
        self.assessment
            .answers
            .get(id)
            .filter(|a| a.review && a.value.is_some())
    }

    /// Runs the questionnaire from `start` (a question index; default: the first question to do,
    /// or the finish step when there is none) until the person quits or marks it final.
    pub fn run(
        &mut self,
        p: &mut dyn Prompter,
        save: &mut Save<'_>,
        start: Option<usize>,
    ) -> Result<Outcome, Error> {
        if self.slots.is_empty() {
            return Ok(Outcome::Quit);
        }
        let mut place = match start.or_else(|| self.first_to_do()) {
            Some(i) => Place::Question(i.min(self.slots.len() - 1)),
            None => Place::Finish,
        };
        let mut history: Vec<usize> = Vec::new();
        let mut from_review = false;
        let mut last_question = 0;
        // Where the review's cursor starts: the answer last changed from it, else where the
        // person was.
        let mut review_at = None;
        loop {
            place = match place {
                Place::Question(i) => {
                    if !from_review {
                        last_question = i;
                    }
                    match self.ask(p, save, i, from_review)? {
                        Action::Answered | Action::Skip | Action::ToReview if from_review => {
                            Place::Review
                        }
                        Action::ToReview => Place::Question(i),
                        Action::Answered | Action::Skip => {
                            history.push(i);
                            ((i + 1)..self.slots.len())
                                .find(|&j| self.needs_attention(j))
                                .map_or(Place::Finish, Place::Question)
                        }
                        Action::Back => {
                            from_review = false;
                            match history.pop() {
                                Some(j) => Place::Question(j),
                                None if i > 0 => Place::Question(i - 1),
                                None => {
                                    self.notice = Some(crate::t!("assess-first-question"));
                                    Place::Question(i)
                                }
                            }
                        }
                        Action::Jump(j) => {
                            from_review = false;
                            history.push(i);
                            Place::Question(j)
                        }
                        Action::Review => Place::Review,
                        Action::Finish => {
                            from_review = false;
                            Place::Finish
                        }
                        Action::Quit => return Ok(Outcome::Quit),
                    }
                }
                Place::Review => match self.review(p, review_at.unwrap_or(last_question))? {
                    ReviewChoice::Change(j) => {
                        from_review = true;
                        review_at = Some(j);
                        Place::Question(j)
                    }
                    ReviewChoice::Resume => {
                        from_review = false;
                        review_at = None;
                        Place::Question(last_question)
                    }
                    ReviewChoice::Finish => {
                        from_review = false;
                        review_at = None;
                        Place::Finish
                    }
                    ReviewChoice::Quit => return Ok(Outcome::Quit),
                },
                Place::Finish => match self.finish(p, save)? {
                    FinishChoice::Review => Place::Review,
                    FinishChoice::Go(j) => {
                        from_review = false;
                        Place::Question(j)
                    }
                    FinishChoice::Back => Place::Question(last_question),
                    FinishChoice::Marked => return Ok(Outcome::Final),
                    FinishChoice::Quit => return Ok(Outcome::Quit),
                },
            };
        }
    }

    /// Asks who is answering, for a new file: the organisation and the assessors, each only when
    /// the file has none yet (Enter or Esc leaves it empty). Saves when anything was given.
    /// `Ok(false)` when the person chose to quit.
    pub fn who(&mut self, p: &mut dyn Prompter, save: &mut Save<'_>) -> Result<bool, Error> {
        let meta = &self.assessment.meta;
        if meta.organisation.is_some() && !meta.assessors.is_empty() {
            return Ok(true);
        }
        let shown = Screen {
            head: vec![
                Line::Row(self.header()),
                Line::text(crate::t!("assess-who-title")),
                Line::Rule,
                Line::text(crate::t!("assess-who-text")),
            ],
            body: Vec::new(),
        };
        let mut changed = false;
        if self.assessment.meta.organisation.is_none() {
            p.screen(&shown)?;
            match p.input(&crate::t!("assess-who-organisation"), "", &|_| Ok(()))? {
                Reply::Given(o) if !o.trim().is_empty() => {
                    self.assessment.meta.organisation = Some(o.trim().to_string());
                    changed = true;
                }
                Reply::Quit => return Ok(false),
                _ => {}
            }
        }
        if self.assessment.meta.assessors.is_empty() {
            p.screen(&shown)?;
            match p.input(&crate::t!("assess-who-assessors"), "", &|_| Ok(()))? {
                Reply::Given(names) if !split_names(&names).is_empty() => {
                    self.assessment.meta.assessors = split_names(&names);
                    changed = true;
                }
                Reply::Quit => return Ok(false),
                _ => {}
            }
        }
        if changed {
            save(&mut self.assessment).map_err(Error::Save)?;
        }
        Ok(true)
    }

    fn position(&self, i: usize) -> screen::Position {
        let (pi, qi) = self.slots[i];
        screen::Position {
            principle: pi + 1,
            principles: self.fw.principles.len(),
            question: qi + 1,
            questions: self.fw.principles[pi].questions.len(),
            answered: self.fw.question_count() - self.assessment.unanswered(self.fw).len(),
            total: self.fw.question_count(),
            to_review: self.assessment.flagged(self.fw).len(),
        }
    }

    fn header(&self) -> String {
        // A tag in a line that is cut to the width: as briefly as the language says it.
        let status = crate::present::status_short(self.assessment.meta.status);
        format!("{} · {status} · {}", self.assessment.label(), self.file)
    }

    /// One question's screen and prompts, until it is answered or the person moves elsewhere.
    fn ask(
        &mut self,
        p: &mut dyn Prompter,
        save: &mut Save<'_>,
        i: usize,
        from_review: bool,
    ) -> Result<Action, Error> {
        let fw = self.fw;
        let principle = self.principle_of(i);
        let q = self.question_at(i);
        loop {
            let current = self.assessment.answers.get(&q.id).cloned();
            let last = self.last_year(&q.id).cloned();
            let last_year = self.prior.and_then(|pr| {
                pr.answers
                    .get(&q.id)
                    .filter(|a| a.value.is_some())
                    .map(|a| (a, pr.meta.year))
            });
            let offered = evidence_offered(current.as_ref(), last.as_ref());
            let mut shown = screen::question(&screen::QuestionScreen {
                fw,
                header: &self.header(),
                position: self.position(i),
                principle,
                question: q,
                current: current.as_ref(),
                last_year,
                evidence: offered.as_deref(),
            });
            self.add_notice(&mut shown);
            p.screen(&shown)?;

            let (choices, labels) = self.menu(q, current.as_ref(), last.as_ref());
            let now = current.as_ref().and_then(|a| a.value.as_ref());
            let was = last.as_ref().and_then(|a| a.value.as_ref());
            let default = now
                .or(was)
                .and_then(|v| choices.iter().position(|c| choice_matches(c, v)))
                .unwrap_or(0);
            // Each level's descriptor, shown under the menu for the level under the cursor.
            let details: Vec<String> = choices
                .iter()
                .map(|c| match (c, &q.kind) {
                    (Choice::Value(Value::Level(l)), QuestionKind::Level { descriptors }) => {
                        match (self.fw.scale.get(*l as usize), descriptors.get(*l as usize)) {
                            (Some(label), Some(d)) => {
                                format!("{l} {label}{}{d}", crate::present::colon())
                            }
                            _ => String::new(),
                        }
                    }
                    _ => String::new(),
                })
                .collect();
            let k =
                match p.select_detailed(&crate::t!("assess-answer"), &labels, &details, default)? {
                    Reply::Given(k) => k,
                    Reply::Back if from_review => return Ok(Action::ToReview),
                    Reply::Back => return Ok(Action::Back),
                    Reply::Quit => return Ok(Action::Quit),
                };
            let value = match &choices[k] {
                Choice::Value(v) => v.clone(),
                Choice::TickItems => {
                    let QuestionKind::Checklist { items } = &q.kind else {
                        unreachable!("tick items is offered for checklists only")
                    };
                    let start = match now.or(was) {
                        Some(Value::Checklist(c)) => c.clone(),
                        _ => Vec::new(),
                    };
                    let labels: Vec<String> = items.iter().map(|it| it.text.clone()).collect();
                    let checked: Vec<bool> =
                        items.iter().map(|it| start.contains(&it.id)).collect();
                    match p.multi_select(&crate::t!("assess-tick-prompt"), &labels, &checked)? {
                        Reply::Given(ticked) => Value::Checklist(
                            items
                                .iter()
                                .enumerate()
                                .filter(|(n, _)| ticked.contains(n))
                                .map(|(_, it)| it.id.clone())
                                .collect(),
                        ),
                        Reply::Back => continue,
                        Reply::Quit => return Ok(Action::Quit),
                    }
                }
                Choice::TypeNumber => {
                    let QuestionKind::Number { unit, min, max, .. } = &q.kind else {
                        unreachable!("type a number is offered for numbers only")
                    };
                    let initial = match now.or(was) {
                        Some(Value::Number(n)) => format_number(*n),
                        _ => String::new(),
                    };
                    let (min, max) = (*min, *max);
                    let unit = unit.clone();
                    let check = |s: &str| check_number(s, min, max, &unit).map(|_| ());
                    let line = p.input(
                        &crate::t!(
                            "assess-value-prompt",
                            unit = q_unit(q),
                            min = crate::i18n::decimal(&format_number(min)),
                            max = crate::i18n::decimal(&format_number(max))
                        ),
                        &initial,
                        &check,
                    )?;
                    let line = match line {
                        Reply::Given(line) => line,
                        Reply::Back => continue,
                        Reply::Quit => return Ok(Action::Quit),
                    };
                    match check_number(&line, min, max, &unit) {
                        Ok(Some(n)) => Value::Number(n),
                        _ => continue,
                    }
                }
                Choice::NotApplicable => {
                    let initial = offered.clone().unwrap_or_default();
                    let reason = p.input(&crate::t!("assess-na-prompt"), &initial, &|_| Ok(()))?;
                    let reason = match &reason {
                        Reply::Given(r) => r.trim(),
                        Reply::Back => continue,
                        Reply::Quit => return Ok(Action::Quit),
                    };
                    if reason.is_empty() {
                        self.notice = Some(crate::t!("assess-na-needs-reason"));
                        continue;
                    }
                    let mut answer = self.answer_base(&q.id);
                    answer.value = Some(Value::NotApplicable);
                    answer.evidence = Some(reason.to_string());
                    self.store(save, &q.id, answer)?;
                    return Ok(Action::Answered);
                }
                Choice::Skip => return Ok(Action::Skip),
                Choice::Back => return Ok(Action::Back),
                Choice::Review => return Ok(Action::Review),
                Choice::Finish => return Ok(Action::Finish),
                Choice::HowTo => {
                    let how = Screen {
                        head: vec![Line::text(crate::t!("assess-how-title")), Line::Rule],
                        body: vec![Line::text(&self.fw.guidance)],
                    };
                    p.screen(&how)?;
                    if p.select("", &[crate::t!("assess-back-to-question")], 0)? == Reply::Quit {
                        return Ok(Action::Quit);
                    }
                    continue;
                }
                Choice::Jump => match self.pick_principle(p, i)? {
                    Reply::Given(j) => return Ok(Action::Jump(j)),
                    Reply::Back => continue,
                    Reply::Quit => return Ok(Action::Quit),
                },
            };
            let evidence_now = offered.clone().unwrap_or_default();
            let prompt = crate::t!(
                "assess-evidence-prompt",
                answer = screen::describe_short(fw, q, &value)
            );
            let evidence = match p.text(&prompt, &evidence_now)? {
                Reply::Given(e) => e,
                Reply::Back => {
                    self.notice = Some(crate::t!("assess-evidence-back"));
                    continue;
                }
                Reply::Quit => return Ok(Action::Quit),
            };
            let mut answer = self.answer_base(&q.id);
            answer.value = Some(value);
            let evidence = evidence.trim();
            answer.evidence = (!evidence.is_empty()).then(|| evidence.to_string());
            self.store(save, &q.id, answer)?;
            return Ok(Action::Answered);
        }
    }

    /// Puts the pending notice at the foot of a screen.
    fn add_notice(&mut self, shown: &mut Screen) {
        if let Some(n) = self.notice.take() {
            shown.head.push(Line::wrap(n, "! ", "  "));
        }
    }

    /// The answer entry to fill in: the current one (keeping its links), else last year's links.
    fn answer_base(&self, id: &str) -> Answer {
        let links = match self.assessment.answers.get(id) {
            Some(a) => a.links.clone(),
            None => self
                .prior
                .and_then(|p| p.answers.get(id))
                .map(|a| a.links.clone())
                .unwrap_or_default(),
        };
        Answer {
            value: None,
            evidence: None,
            links,
            review: false,
        }
    }

    /// Records an answer (confirming it clears its review flag) and saves the file.
    fn store(&mut self, save: &mut Save<'_>, id: &str, answer: Answer) -> Result<(), Error> {
        let before = self.assessment.answers.get(id).cloned();
        let changed = before
            .as_ref()
            .is_none_or(|b| b.value != answer.value || b.evidence != answer.evidence);
        if changed && self.assessment.meta.status == Status::Final {
            // A final assessment was signed off as it stood; a change reopens it.
            self.assessment.meta.status = Status::Draft;
            self.notice = Some(crate::t!("assess-back-to-draft"));
        }
        self.assessment.answers.insert(id.to_string(), answer);
        self.save(save)
    }

    /// Saves, keeping any note the save gives for the next screen.
    fn save(&mut self, save: &mut Save<'_>) -> Result<(), Error> {
        if let Some(note) = save(&mut self.assessment).map_err(Error::Save)? {
            self.notice = Some(match self.notice.take() {
                Some(before) => format!("{before}\n! {note}"),
                None => note,
            });
        }
        Ok(())
    }

    /// The menu of a question: the answers of its kind, n/a, unknown, then navigation.
    fn menu(
        &self,
        q: &Question,
        current: Option<&Answer>,
        last: Option<&Answer>,
    ) -> (Vec<Choice>, Vec<String>) {
        let mut choices = Vec::new();
        match &q.kind {
            QuestionKind::Level { .. } => {
                for (l, _) in self.fw.scale.iter().enumerate() {
                    choices.push(Choice::Value(Value::Level(l as u32)));
                }
            }
            QuestionKind::YesNo => {
                choices.push(Choice::Value(Value::YesNo(true)));
                choices.push(Choice::Value(Value::YesNo(false)));
            }
            QuestionKind::Checklist { .. } => choices.push(Choice::TickItems),
            QuestionKind::Number { .. } => choices.push(Choice::TypeNumber),
        }
        // Only where n/a is an answer (a framework with `na_when` allows it nowhere else).
        if self.fw.accepts_na(q) {
            choices.push(Choice::NotApplicable);
        }
        choices.push(Choice::Value(Value::Unknown));
        choices.extend([
            Choice::Skip,
            Choice::Back,
            Choice::Jump,
            Choice::Review,
            Choice::Finish,
        ]);
        if !self.fw.guidance.trim().is_empty() {
            choices.push(Choice::HowTo);
        }
        let now = current.and_then(|a| a.value.as_ref());
        let was = last.and_then(|a| a.value.as_ref());
        let labels = choices
            .iter()
            .map(|c| {
                let mut s = match c {
                    Choice::Value(Value::Level(l)) => {
                        format!("{l}  {}", self.fw.scale[*l as usize])
                    }
                    Choice::Value(Value::YesNo(true)) => crate::t!("assess-choice-yes"),
                    Choice::Value(Value::YesNo(false)) => crate::t!("assess-choice-no"),
                    Choice::Value(Value::Unknown) => crate::t!("assess-choice-unknown"),
                    Choice::Value(_) => String::new(),
                    Choice::TickItems => crate::t!("assess-choice-tick"),
                    Choice::TypeNumber => crate::t!("assess-choice-number", unit = q_unit(q)),
                    Choice::NotApplicable => crate::t!("assess-choice-na"),
                    Choice::Skip => crate::t!("assess-choice-skip"),
                    Choice::Back => crate::t!("assess-choice-back"),
                    Choice::Jump => crate::t!("assess-choice-jump"),
                    Choice::Review => crate::t!("assess-choice-review"),
                    Choice::Finish => crate::t!("assess-choice-finish"),
                    Choice::HowTo => crate::t!("assess-choice-how-to"),
                };
                let marks: Vec<String> = [
                    now.is_some_and(|v| choice_matches(c, v))
                        .then(|| crate::t!("assess-mark-now")),
                    was.is_some_and(|v| choice_matches(c, v))
                        .then(|| crate::t!("assess-mark-last-year")),
                ]
                .into_iter()
                .flatten()
                .collect();
                if !marks.is_empty() {
                    s.push_str(&format!("   ◂ {}", marks.join(", ")));
                }
                s
            })
            .collect();
        (choices, labels)
    }

    /// The principle to jump to (its first question to do); `None` when the person backs out.
    fn pick_principle(&self, p: &mut dyn Prompter, i: usize) -> io::Result<Reply<usize>> {
        let here = self.slots[i].0;
        let width = p.width();
        let labels: Vec<String> = self
            .fw
            .principles
            .iter()
            .map(|pr| {
                let (done, total) = screen::principle_answered(&self.assessment, pr);
                // The count stays whole; a long title is cut to make room for it.
                let count = format!(
                    "  ({})",
                    crate::t!("assess-answered-of", answered = done, total = total)
                );
                let room = width.saturating_sub(2 + count.chars().count()).max(12);
                format!(
                    "{}{count}",
                    screen::cut(&format!("{}. {}", pr.number, pr.title), room)
                )
            })
            .collect();
        Ok(
            match p.select(&crate::t!("assess-jump-prompt"), &labels, here)? {
                Reply::Given(k) => match self.start_of(&self.fw.principles[k].id) {
                    Some(j) => Reply::Given(j),
                    None => Reply::Back,
                },
                Reply::Back => Reply::Back,
                Reply::Quit => Reply::Quit,
            },
        )
    }

    /// The review screen: the scores so far and every answer with its score; picking an answer
    /// goes to its question.
    fn review(&mut self, p: &mut dyn Prompter, here: usize) -> io::Result<ReviewChoice> {
        let card = crate::score::score(&self.assessment, self.fw);
        let width = p.width();
        let mut shown = screen::review(self.fw, &self.header(), &self.assessment, &card, width);
        self.add_notice(&mut shown);
        p.screen(&shown)?;
        let mut labels: Vec<String> = (0..self.slots.len())
            .map(|i| screen::review_line(self.fw, &self.assessment, &card, &self.slots, i, width))
            .collect();
        labels.push(crate::t!("assess-back-to-questionnaire"));
        labels.push(crate::t!("assess-choice-finish"));
        let n = self.slots.len();
        Ok(
            match p.select(&crate::t!("assess-review-prompt"), &labels, here)? {
                Reply::Given(k) if k < n => ReviewChoice::Change(k),
                Reply::Given(k) if k == n => ReviewChoice::Resume,
                Reply::Given(_) => ReviewChoice::Finish,
                Reply::Back => ReviewChoice::Resume,
                Reply::Quit => ReviewChoice::Quit,
            },
        )
    }

    /// The finish step: offers to mark the assessment final when it is complete, else says what
    /// is missing.
    fn finish(&mut self, p: &mut dyn Prompter, save: &mut Save<'_>) -> Result<FinishChoice, Error> {
        let unanswered: Vec<&str> = self.assessment.unanswered(self.fw);
        let flagged: Vec<&str> = self.assessment.flagged(self.fw);
        let card = crate::score::score(&self.assessment, self.fw);
        let mut shown = screen::finish(
            self.fw,
            &self.header(),
            &self.assessment,
            &card,
            &unanswered,
            &flagged,
            p.width(),
        );
        self.add_notice(&mut shown);
        p.screen(&shown)?;
        let complete = unanswered.is_empty() && flagged.is_empty();
        if complete
            && self.assessment.meta.status != Status::Final
            && p.confirm(&crate::t!("assess-mark-final"), true)?
        {
            self.assessment.meta.status = Status::Final;
            self.save(save)?;
            return Ok(FinishChoice::Marked);
        }
        let first = self.first_to_do();
        let mut places = Vec::new();
        let mut labels = Vec::new();
        if let Some(j) = first {
            places.push(FinishChoice::Go(j));
            labels.push(crate::t!(
                "assess-go-first-left",
                id = self.question_at(j).id.as_str()
            ));
        }
        places.push(FinishChoice::Review);
        labels.push(crate::t!("assess-choice-review"));
        places.push(FinishChoice::Quit);
        labels.push(if self.assessment.meta.status == Status::Final {
            crate::t!("assess-quit-final")
        } else {
            crate::t!("assess-quit-draft")
        });
        Ok(
            match p.select(&crate::t!("assess-what-next"), &labels, 0)? {
                Reply::Given(k) => places[k],
                Reply::Back => FinishChoice::Back,
                Reply::Quit => FinishChoice::Quit,
            },
        )
    }
}

/// The evidence shown and offered for a question: an answer's own evidence (even none); for a
/// question not answered yet, its draft evidence, else last year's.
fn evidence_offered(current: Option<&Answer>, last: Option<&Answer>) -> Option<String> {
    let last = || last.and_then(|a| a.evidence.clone());
    match current {
        Some(a) if a.value.is_some() => a.evidence.clone(),
        Some(a) => a.evidence.clone().or_else(last),
        None => last(),
    }
}

/// The unit as shown in prompts.
fn q_unit(q: &Question) -> &str {
    match &q.kind {
        QuestionKind::Number { unit, .. } => unit,
        _ => "",
    }
}

/// Does a menu entry stand for this value?
fn choice_matches(c: &Choice, v: &Value) -> bool {
    match (c, v) {
        (Choice::Value(a), b) => a == b,
        (Choice::TickItems, Value::Checklist(_)) => true,
        (Choice::TypeNumber, Value::Number(_)) => true,
        (Choice::NotApplicable, Value::NotApplicable) => true,
        _ => false,
    }
}

/// A typed number: `Ok(None)` for an empty line (go back), the value when it is a finite number
/// in [min, max], else the message to show. A decimal comma (`62,5`) and, for a percentage, a
/// trailing `%` (`62.5 %`) are accepted; a comma followed by exactly three digits (`1,000`) could
/// be a thousands separator, so it is refused with the two readings.
pub fn check_number(s: &str, min: f64, max: f64, unit: &str) -> Result<Option<f64>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let d = |n: f64| crate::i18n::decimal(&format_number(n));
    let range = crate::t!("assess-range", min = d(min), max = d(max))
        + &if unit.is_empty() {
            String::new()
        } else {
            format!(" ({unit})")
        };
    let bare = match s.strip_suffix('%') {
        Some(n) if unit == "%" => n.trim_end(),
        _ => s,
    };
    let decimal = match bare.split_once(',') {
        Some((whole, frac)) if !bare.contains('.') && !frac.contains(',') => {
            if frac.len() == 3 && frac.bytes().all(|b| b.is_ascii_digit()) {
                return Err(crate::t!(
                    "assess-number-ambiguous",
                    value = s,
                    whole = whole,
                    frac = frac
                ));
            }
            format!("{whole}.{frac}")
        }
        _ => bare.to_string(),
    };
    match decimal.parse::<f64>() {
        Ok(n) if n.is_finite() && n >= min && n <= max => Ok(Some(n)),
        Ok(n) if n.is_finite() => Err(crate::t!(
            "assess-number-range",
            value = d(n),
            range = range
        )),
        _ => Err(crate::t!(
            "assess-not-a-number",
            value = s,
            range = range,
            example = d(max)
        )),
    }
}

/// Names typed on one line, separated by commas or semicolons.
pub fn split_names(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_must_be_finite_and_in_range() {
        assert_eq!(check_number(" 72.5 ", 0.0, 100.0, "%"), Ok(Some(72.5)));
        assert_eq!(check_number("0", 0.0, 100.0, "%"), Ok(Some(0.0)));
        assert_eq!(check_number("100", 0.0, 100.0, "%"), Ok(Some(100.0)));
        assert_eq!(check_number("", 0.0, 100.0, "%"), Ok(None));
        // A decimal comma and a trailing % are what many officials type.
        for typed in ["62,5", "62.5 %", "62,5%", " 62.5% "] {
            assert_eq!(
                check_number(typed, 0.0, 100.0, "%"),
                Ok(Some(62.5)),
                "{typed}"
            );
        }
        // A % is not a unit of anything else; "1,000" could be one thousand.
        assert!(check_number("5%", 0.0, 100.0, "days").is_err());
        let err = check_number("1,000", 0.0, 5000.0, "EUR").unwrap_err();
        assert!(err.contains("ambiguous: write 1.000 or 1000"), "{err}");
        for bad in [
            "-1", "100.01", "1e9", "NaN", "inf", "-inf", "12,5,1", "ten", "%",
        ] {
            let err = check_number(bad, 0.0, 100.0, "%").unwrap_err();
            assert!(
                err.contains("give a number from 0 to 100 (%)"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn evidence_on_offer() {
        let with = |value: Option<Value>, evidence: Option<&str>| Answer {
            value,
            evidence: evidence.map(str::to_string),
            ..Answer::default()
        };
        let last = with(Some(Value::Level(2)), Some("last year's"));
        // An answer keeps its own evidence, even none.
        let answered = with(Some(Value::Level(1)), None);
        assert_eq!(evidence_offered(Some(&answered), Some(&last)), None);
        // A question not answered yet offers its draft evidence, else last year's.
        let draft = with(None, Some("draft"));
        assert_eq!(
            evidence_offered(Some(&draft), Some(&last)).as_deref(),
            Some("draft")
        );
        assert_eq!(
            evidence_offered(None, Some(&last)).as_deref(),
            Some("last year's")
        );
        assert_eq!(evidence_offered(None, None), None);
    }
}

package org.jiexu.contribution;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jiexu.contribution.upload.StoredUpload;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.job.JobKind;
import org.jiexu.job.JobView;
import org.jiexu.job.Jobs;
import org.jiexu.registry.EmployerReference;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.registry.ResultPage;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * Monthly contribution declaration imports (月度缴费申报导入) by an employer's handler or a registrar of its agency.
 * <p>
 * An upload is copied to a temporary file in one streaming pass (format, UTF-8 and fingerprint checked on the
 * way) and its header checked; a file that is wrong as a whole is refused at once. Its rows are then checked and
 * staged in the background, a chunk per transaction with the job's progress; the caller waits for the report up
 * to a given time (the API 10 seconds, the page 2), after which it gets the import still validating and follows
 * its progress. Importing the good rows is a second step the user asks for, run the same way. Nothing holds the
 * file or all its rows in memory.
 * <p>
 * Staff of the agency and the employer's handler read the report; registrars and the handler import.
 */
@Service
public class ContributionImports {

	private static final Logger LOG = LoggerFactory.getLogger(ContributionImports.class);

	/** The largest problems page; the CSV download has them all. */
	public static final int MAX_PAGE_SIZE = 1000;

	private final RegistryManagement registry;

	private final Jobs jobs;

	private final ImportStaging staging;

	private final ImportValidation validation;

	private final ImportRecording recording;

	private final MessageSource messages;

	private final long maxBytes;

	private final ExecutorService runner = Executors.newFixedThreadPool(2, task -> {
		Thread thread = new Thread(task, "contribution-import");
		thread.setDaemon(true);
		return thread;
	});

	ContributionImports(RegistryManagement registry, Jobs jobs, ImportStaging staging, ImportValidation validation,
			ImportRecording recording, MessageSource messages,
			@Value("${jiexu.contribution-import.max-file-size:200MB}") org.springframework.util.unit.DataSize maxSize) {
		this.registry = registry;
		this.jobs = jobs;
		this.staging = staging;
		this.validation = validation;
		this.recording = recording;
		this.messages = messages;
		this.maxBytes = maxSize.toBytes();
	}

	/**
	 * The employer the user imports for: a handler's own (an other id is "not found"), or for a registrar the one
	 * given, if it is registered at their agency.
	 */
	public EmployerReference employerFor(CurrentUser user, @Nullable Long employerId) {
		requireImporter(user);
		if (user.kind() == UserKind.EMPLOYER_HANDLER) {
			long own = Objects.requireNonNull(user.employerId());
			if (employerId != null && employerId != own) {
				throw UserInputException.notFound("registry.employer.notFound", employerId);
			}
			return this.registry.employerReference(user, own);
		}
		if (employerId == null) {
			throw UserInputException.invalid("employerId", "contribution.import.employer.required");
		}
		return this.registry.employerReference(user, employerId);
	}

	/** The largest file accepted, in MB. */
	public long maxMegabytes() {
		return this.maxBytes / (1024 * 1024);
	}

	/** Whether the user may upload and import declarations (registrars and employer handlers). */
	public static boolean mayImport(CurrentUser user) {
		return user.isRegistrar() || user.kind() == UserKind.EMPLOYER_HANDLER;
	}

	/**
	 * Stores and checks the file, then validates its rows, waiting up to {@code wait} for the report. A file
	 * wrong as a whole (format, encoding, columns, empty, only a header) is refused with a 400.
	 */
	public ContributionImportView upload(CurrentUser user, @Nullable Long employerId, @Nullable DeclarationUpload file,
			Duration wait, Locale locale) {
		EmployerReference employer = employerFor(user, employerId);
		if (file == null || (file.size() == 0 && file.fileName().isBlank())) {
			throw UserInputException.invalid("file", "contribution.import.file.required");
		}
		if (file.size() > this.maxBytes) {
			throw UserInputException.invalid("file", "contribution.import.file.tooLarge",
					String.valueOf(file.size() / (1024 * 1024)), String.valueOf(this.maxBytes / (1024 * 1024)));
		}
		StoredUpload upload;
		try {
			upload = StoredUpload.store(file.fileName(), file.content().getInputStream(), this.maxBytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ImportTarget target;
		try {
			ImportValidation.checkHeader(upload);
			String agency = employer.agency().code();
			long job = this.jobs.start(JobKind.CONTRIBUTION_IMPORT, agency, "employer=" + employer.id(),
					Math.max(0, upload.lines() - 1), user.username());
			target = this.staging.create(new ImportTarget(0, job, employer.id(), agency,
					employer.agency().province()), upload.fileName(), upload.format().name(),
					upload.size(), upload.sha256(), user.username());
		}
		catch (UserInputException refused) {
			upload.close();
			throw onTheFile(refused);
		}
		catch (RuntimeException failed) {
			upload.close();
			throw failed;
		}
		Future<?> validating = this.runner.submit(() -> validate(target, upload));
		await(validating, wait);
		ImportRecord record = this.staging.load(target.importId()).orElseThrow();
		if (record.state() == ImportState.REFUSED) {
			throw new UserInputException(UserInputException.Kind.INVALID,
					List.of(new UserInputException.Violation("file", Objects.requireNonNull(record.refusalKey()),
							List.copyOf(record.refusalArguments()))));
		}
		return view(record, employer, 0, MAX_PAGE_SIZE, locale);
	}

	/** A refusal of the file as a whole, on the field {@code file}. */
	private static UserInputException onTheFile(UserInputException refusal) {
		return new UserInputException(refusal.kind(), refusal.violations()
			.stream()
			.map(v -> v.field() == null ? new UserInputException.Violation("file", v.messageKey(), v.arguments()) : v)
			.toList());
	}

	private void validate(ImportTarget target, StoredUpload upload) {
		try (upload) {
			Stopwatch watch = new Stopwatch();
			this.validation.validate(target, upload);
			LOG.info("Contribution import {}: {} rows of {} bytes validated in {}", target.importId(),
					this.staging.load(target.importId()).orElseThrow().rowsTotal(), upload.size(), watch);
		}
		catch (UserInputException refused) {
			this.staging.end(this.staging.load(target.importId()).orElseThrow(), ImportState.REFUSED,
					refused.messageKey(), List.of(refused.arguments()).stream().map(String::valueOf).toList());
		}
		catch (RuntimeException failure) {
			LOG.error("Validation of contribution import {} failed", target.importId(), failure);
			this.staging.end(this.staging.load(target.importId()).orElseThrow(), ImportState.FAILED,
					"contribution.import.failed", List.of());
		}
	}

	/** The report with a page of its problems; "not found" outside the user's scope. */
	public ContributionImportView find(CurrentUser user, long importId, int page, int size, Locale locale) {
		ImportRecord record = visible(user, importId);
		return view(record, this.registry.employerReference(user, record.employerId()), page, size, locale);
	}

	/** The employer's latest imports (without their problems), newest first. */
	public List<ContributionImportView> recent(CurrentUser user, long employerId, Locale locale) {
		EmployerReference employer = this.registry.employerReference(user, employerId);
		return this.staging.recent(employerId, 10).stream().map(r -> view(r, employer, 0, 0, locale)).toList();
	}

	/**
	 * Imports the good rows of a validated import, waiting up to {@code wait}. Asking again while it runs or
	 * after it is done changes nothing and answers the report; an import with no good rows is refused.
	 */
	public ContributionImportView importGoodRows(CurrentUser user, long importId, Duration wait, Locale locale) {
		ImportRecord record = visible(user, importId);
		requireImporter(user);
		if (record.state() == ImportState.VALIDATED) {
			if (record.rowsGood() == 0) {
				throw UserInputException.conflict(null, "contribution.import.nothingToImport", record.rowsBad(),
						record.rowsRecorded());
			}
			if (this.staging.startImport(record, user)) {
				await(submitImport(importId), wait);
			}
		}
		else if (record.state() != ImportState.IMPORTING && record.state() != ImportState.IMPORTED) {
			throw UserInputException.conflict(null, "contribution.import.notValidated",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							"contribution.import.state." + record.state().name()));
		}
		return find(user, importId, 0, MAX_PAGE_SIZE, locale);
	}

	private Future<?> submitImport(long importId) {
		return this.runner.submit(() -> {
			ImportRecord record = this.staging.load(importId).orElseThrow();
			try {
				Stopwatch watch = new Stopwatch();
				this.recording.run(record);
				LOG.info("Contribution import {}: {} rows imported in {}", importId,
						this.staging.load(importId).orElseThrow().rowsImported(), watch);
			}
			catch (RuntimeException failure) {
				// the import stays IMPORTING: it resumes after the checkpoint on the next start
				LOG.error("Import of the good rows of contribution import {} stopped", importId, failure);
				this.jobs.finish(record.jobId(), org.jiexu.job.JobState.INTERRUPTED,
						failure.getClass().getSimpleName());
			}
		});
	}

	/** Writes every problem as CSV (UTF-8 with a byte order mark, for Excel): row, column, message. */
	public void writeProblems(CurrentUser user, long importId, Locale locale, OutputStream out) {
		ImportRecord record = visible(user, importId);
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			ImportFiles.line(writer, message("contribution.import.problems.row", locale),
					message("contribution.import.problems.column", locale),
					message("contribution.import.problems.message", locale));
			this.staging.forEachProblem(record.id(), problem -> {
				ImportProblemView view = problem(problem, locale);
				try {
					ImportFiles.line(writer, String.valueOf(view.row()),
							view.columnLabel() == null ? "" : view.columnLabel(), view.message());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The empty template: a header row in the reader's language, CSV (UTF-8). */
	public static byte[] csvTemplate(Locale locale) {
		return ImportFiles.csvTemplate(locale);
	}

	/** The empty template as an xlsx workbook whose ID number and month columns are text. */
	public void xlsxTemplate(Locale locale, OutputStream out) {
		ImportFiles.xlsxTemplate(locale, message("contribution.import.template.sheet", locale), out);
	}

	/** Imports left validating when the application stopped failed (their file is gone); importing ones resume. */
	@EventListener(ApplicationReadyEvent.class)
	void recover() {
		this.staging.inState(ImportState.VALIDATING)
			.forEach(record -> this.staging.end(record, ImportState.FAILED, "contribution.import.interrupted",
					List.of()));
		this.staging.inState(ImportState.IMPORTING).forEach(record -> {
			LOG.info("Resuming the import of contribution import {}", record.id());
			this.jobs.resume(record.jobId());
			submitImport(record.id());
		});
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

	/** Wall and CPU time of the current thread since it was made, for the log. */
	private static final class Stopwatch {

		private final long wall = System.nanoTime();

		private final long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

		@Override
		public String toString() {
			long cpuNow = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			return String.format(Locale.ROOT, "%.1f s (CPU %.1f s)", (System.nanoTime() - this.wall) / 1e9,
					(cpuNow - this.cpu) / 1e9);
		}

	}

	private static void await(Future<?> task, Duration wait) {
		try {
			task.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException stillRunning) {
			// the caller follows the progress
		}
		catch (ExecutionException ex) {
			LOG.error("Contribution import task failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void requireImporter(CurrentUser user) {
		if (!mayImport(user)) {
			throw new AccessDeniedException("Imports are made by a registrar or the employer's handler");
		}
	}

	/** The import if the user may see it: staff of its agency, or the handler of its employer. */
	private ImportRecord visible(CurrentUser user, long importId) {
		return this.staging.load(importId)
			.filter(record -> user.isStaff() ? record.agencyCode().equals(user.agencyCode())
					: user.kind() == UserKind.EMPLOYER_HANDLER && Objects.equals(user.employerId(), record.employerId()))
			.orElseThrow(() -> UserInputException.notFound("contribution.import.notFound", importId));
	}

	private ContributionImportView view(ImportRecord record, EmployerReference employer, int page, int size,
			Locale locale) {
		JobView job = this.jobs.get(record.jobId());
		int pageSize = Math.max(0, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		List<ImportProblemView> problems = pageSize == 0 ? List.of()
				: this.staging.problems(record.id(), (long) pageNumber * pageSize, pageSize)
					.stream()
					.map(problem -> problem(problem, locale))
					.toList();
		long problemCount = pageSize == 0 ? 0 : this.staging.problemCount(record.id());
		String refusal = record.refusalKey() == null ? null
				: this.messages.getMessage(record.refusalKey(), record.refusalArguments().toArray(), locale);
		return new ContributionImportView(record.id(), record.jobId(), record.employerId(), employer.name(),
				record.fileName(), record.fileFormat(), record.fileSize(), record.sha256(), record.state(),
				new ContributionImportView.ImportProgress(job.state(), job.done(), job.total(), job.percent()), record.rowsTotal(),
				record.rowsGood(), record.rowsBad(), record.rowsRecorded(), record.rowsImported(),
				Money.text(record.amountDue()), Money.text(record.lateFee()), refusal,
				this.staging.earlierImport(record).orElse(null), record.createdBy(), record.createdAt(),
				record.validatedAt(), record.importedAt(),
				new ResultPage<>(problems, pageNumber, Math.max(pageSize, 1), problemCount));
	}

	private ImportProblemView problem(ImportStaging.ProblemRow problem, Locale locale) {
		String label = problem.column() == null ? null
				: message("contribution.import.column." + problem.column(), locale);
		return new ImportProblemView(problem.row(), problem.column(), label, problem.key(),
				this.messages.getMessage(problem.key(), problem.arguments().toArray(), locale));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

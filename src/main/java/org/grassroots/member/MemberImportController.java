package org.grassroots.member;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Excel import of members: template, upload, the checked file's report (paged, and as .xlsx),
 * then import all valid rows or cancel. A job belongs to the user who uploaded it.
 */
@Controller
class MemberImportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String UPLOAD = "member/import-upload";

    private final MemberImportService imports;
    private final MemberImportWorkbooks workbooks;

    MemberImportController(MemberImportService imports, MemberImportWorkbooks workbooks) {
        this.imports = imports;
        this.workbooks = workbooks;
    }

    @GetMapping("/members/import")
    String start() {
        return "redirect:/members/import/upload";
    }

    @GetMapping("/members/import/template.xlsx")
    void template(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        xlsx(response, "member-import-template.xlsx");
        workbooks.template(imports.importTargets(scope), locale, response.getOutputStream());
    }

    @GetMapping("/members/import/upload")
    String uploadForm(Model model) {
        return renderUpload(model);
    }

    @PostMapping("/members/import/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Scope scope,
            Principal principal, Model model) {
        try {
            if (file == null) {
                throw new ImportFileException("memberImport.file.empty");
            }
            InputStream content = file.isEmpty() ? InputStream.nullInputStream() : file.getInputStream();
            MemberImportJob job = imports.upload(file.getOriginalFilename(), file.getSize(), content, scope,
                    principal.getName());
            return "redirect:/members/import/jobs/" + job.getId();
        } catch (ImportFileException e) {
            model.addAttribute("uploadError", e.key());
            model.addAttribute("uploadErrorArgs", e.args());
        } catch (IOException e) {
            model.addAttribute("uploadError", "memberImport.file.unreadable");
            model.addAttribute("uploadErrorArgs", new Object[0]);
        }
        return renderUpload(model);
    }

    private String renderUpload(Model model) {
        model.addAttribute("maxRows", imports.rules().maxRows());
        model.addAttribute("maxMegabytes", imports.rules().maxFileSize().toMegabytes());
        model.addAttribute("columns", java.util.Arrays.stream(ImportColumn.values())
                .map(c -> new MemberImportViews.ColumnLine(c.labelKey(), c.required, c.hintKey())).toList());
        return UPLOAD;
    }

    @GetMapping("/members/import/jobs/{id}")
    String job(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Principal principal,
            Model model) {
        MemberImportJob job = imports.require(id, principal.getName());
        model.addAttribute("job", job);
        List<ImportRowValidator.Problem> problems = job.problems();
        Pager pager = Pager.of(page, problems.size());
        List<MemberImportViews.ProblemLine> lines = problems.subList(pager.offset(), (int) Math.min(problems.size(),
                pager.offset() + (long) pager.size())).stream()
                .map(p -> new MemberImportViews.ProblemLine(p.row(), job.nameOf(p.row()), p.column().labelKey(), p.key(),
                        p.args().toArray()))
                .toList();
        model.addAttribute("pager", pager);
        model.addAttribute("lines", lines);
        return "member/import-job";
    }

    /** The progress bar alone, polled by the page while the job runs; the page reloads when it ends. */
    @GetMapping("/members/import/jobs/{id}/progress")
    String progress(@PathVariable String id, Principal principal, Model model, HttpServletResponse response) {
        MemberImportJob job = imports.require(id, principal.getName());
        model.addAttribute("job", job);
        if (!job.isRunning()) {
            response.setHeader("HX-Refresh", "true");
        }
        return "member/import-fragments :: progress";
    }

    @GetMapping("/members/import/jobs/{id}/errors.xlsx")
    void errors(@PathVariable String id, Principal principal, Locale locale, HttpServletResponse response)
            throws IOException {
        MemberImportJob job = imports.require(id, principal.getName());
        xlsx(response, "member-import-problems.xlsx");
        workbooks.errors(job, locale, response.getOutputStream());
    }

    @PostMapping("/members/import/jobs/{id}/commit")
    String commit(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        MemberImportJob job = imports.require(id, principal.getName());
        if (!imports.commit(job)) {
            redirect.addFlashAttribute("error", "memberImport.notReady");
        }
        return "redirect:/members/import/jobs/" + job.getId();
    }

    @PostMapping("/members/import/jobs/{id}/cancel")
    String cancel(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        MemberImportJob job = imports.require(id, principal.getName());
        if (!imports.cancel(job)) {
            redirect.addFlashAttribute("error", "memberImport.cancel.running");
            return "redirect:/members/import/jobs/" + job.getId();
        }
        redirect.addFlashAttribute("success", "memberImport.cancelled");
        return "redirect:/members/import/upload";
    }

    private static void xlsx(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(fileName).build()
                .toString());
    }
}

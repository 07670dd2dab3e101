package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/gobackprop/gobackprop/grade"
)

const gradeMergeUsage = `Usage: gobackprop grade merge [flags] REPORT.json...

Joins the JSON reports of the shards of one grading run (gobackprop grade
--shard i/n --json ...) into one gradebook, sorted by submission, and writes
it in any of the grader's formats. A submission found in two reports is an
error. The reports are what a single run over every submission would have
written (JUnit times aside: the JSON reports do not keep them).

Exit status as gobackprop grade's: 0, 2 usage or unreadable reports, 3 an
unusable submission among them, 4 one the grader could not grade.

Flags:
`

// runGradeMerge is "gobackprop grade merge".
func runGradeMerge(args []string) int {
	fs := flag.NewFlagSet("grade merge", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(os.Stderr, gradeMergeUsage)
		fs.PrintDefaults()
	}
	title := fs.String("title", "grades", "the assignment's name in the JUnit and Markdown reports (grade uses the source's file name without .ipynb)")
	out := addReportFlags(fs)
	quiet := fs.Bool("q", false, "do not print the table of results")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitUsage
	}
	var reports [][]*grade.Result
	for _, p := range pos {
		f, err := os.Open(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gobackprop grade merge:", err)
			return exitUsage
		}
		rs, err := grade.ReadJSON(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(os.Stderr, "gobackprop grade merge: %s: %v\n", p, err)
			return exitUsage
		}
		reports = append(reports, rs)
	}
	results, err := grade.Join(reports...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade merge:", err)
		return exitUsage
	}
	if !*quiet {
		grade.WriteTable(os.Stdout, results)
	}
	status := exitOK
	for _, wr := range out.writers(*title, results) {
		if err := writeFile(wr.path, wr.write); err != nil {
			fmt.Fprintln(os.Stderr, "gobackprop grade merge:", err)
			status = exitGrader
		}
	}
	return max(status, gradeStatus(results, 0, false))
}

// reportWriter is a report to write and the file it goes to.
type reportWriter struct {
	path  string
	write func(io.Writer) error
}

// reportFiles are the report flags grade and grade merge share: where to
// write each report, "" for none.
type reportFiles struct{ json, junit, markdown, csv *string }

func addReportFlags(fs *flag.FlagSet) reportFiles {
	return reportFiles{
		json:     fs.String("json", "", "write the results as JSON to this file"),
		junit:    fs.String("junit", "", "write the results as JUnit XML to this file, for CI test reporters"),
		markdown: fs.String("markdown", "", "write a Markdown summary to this file (e.g. $GITHUB_STEP_SUMMARY)"),
		csv:      fs.String("csv", "", "write a gradebook to this file: one row per student, one column per graded cell, total (see grade.WriteCSV)"),
	}
}

// writers returns the reports asked for (a non-empty path) in the order
// JSON, JUnit, Markdown, CSV.
func (f reportFiles) writers(title string, results []*grade.Result) []reportWriter {
	all := []reportWriter{
		{*f.json, func(w io.Writer) error { return grade.WriteJSON(w, results) }},
		{*f.junit, func(w io.Writer) error { return grade.WriteJUnit(w, title, results) }},
		{*f.markdown, func(w io.Writer) error { return grade.WriteMarkdown(w, title, results) }},
		{*f.csv, func(w io.Writer) error { return grade.WriteCSV(w, results) }},
	}
	var out []reportWriter
	for _, w := range all {
		if w.path != "" {
			out = append(out, w)
		}
	}
	return out
}

// submissionPaths expands the command line's files and folders into the
// submissions to grade, keeping those in shard. The shard is decided by
// each submission's path relative to the folder it was found in (the
// path as given, for a file), so that runners whose checkouts sit in
// different places split alike. It returns an error when the command
// line names no notebook at all; a shard may be empty.
func submissionPaths(pos []string, source string, shard grade.Shard) ([]string, error) {
	var paths []string
	total := 0
	for _, p := range pos {
		info, err := os.Stat(p)
		if err == nil && info.IsDir() {
			found, err := grade.Submissions(p, source)
			if err != nil {
				return nil, err
			}
			total += len(found)
			for _, f := range found {
				key, err := filepath.Rel(p, f)
				if err != nil {
					key = f
				}
				if shard.Holds(key) {
					paths = append(paths, f)
				}
			}
			continue
		}
		total++
		if shard.Holds(p) {
			paths = append(paths, p) // a missing file is graded as unusable
		}
	}
	if total == 0 {
		return nil, fmt.Errorf("no .ipynb files in %s", strings.Join(pos, ", "))
	}
	return paths, nil
}

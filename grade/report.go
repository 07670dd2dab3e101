package grade

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// WriteJSON writes the results as indented JSON: the Result object
// itself for one submission, {"submissions": [...]} for several. Times
// are left out, so the same submissions give the same bytes.
func WriteJSON(w io.Writer, results []*Result) error {
	var v any = struct {
		Submissions []*Result `json:"submissions"`
	}{results}
	if len(results) == 1 {
		v = results[0]
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// ReadJSON reads what WriteJSON wrote: one result or several. It is how
// a grading run resumes (gobackprop grade --resume).
func ReadJSON(r io.Reader) ([]*Result, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var many struct {
		Submissions []*Result `json:"submissions"`
	}
	if err := json.Unmarshal(b, &many); err == nil && many.Submissions != nil {
		return many.Submissions, nil
	}
	var one Result
	if err := json.Unmarshal(b, &one); err != nil || one.Submission == "" {
		return nil, fmt.Errorf("grade: not a JSON report of gobackprop grade (%v)", err)
	}
	return []*Result{&one}, nil
}

// The JUnit XML shape that CI test reporters read (GitHub Actions'
// test-report actions, GitLab, Jenkins): testsuites > testsuite >
// testcase, with counts and times as attributes.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Time       string          `xml:"time,attr"`
	Properties []junitProperty `xml:"properties>property"`
	Cases      []junitCase     `xml:"testcase"`
	SystemErr  string          `xml:"system-err,omitempty"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
	Skipped   *junitProblem `xml:"skipped"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes the results as JUnit XML: one testsuite per
// submission, one testcase per graded cell. A cell that lost its points
// is a failure; a submission that could not be graded is an error, so a
// CI reporter shows the difference between a wrong answer and a broken
// file. Findings go to the suite's system-err.
func WriteJUnit(w io.Writer, name string, results []*Result) error {
	doc := junitSuites{Name: name}
	var total time.Duration
	for _, r := range results {
		s := junitSuite{
			Name: r.Submission,
			Time: seconds(r.Time),
			Properties: []junitProperty{
				{"score", points(r.Score)}, {"max", points(r.Max)}, {"state", string(r.State)},
			},
		}
		class := strings.TrimSuffix(r.Submission, ".ipynb")
		for _, t := range r.Tests {
			c := junitCase{Name: t.ID, Classname: class, Time: seconds(t.Time), SystemOut: t.Output}
			if t.Status == Manual {
				// Neither passed nor failed: a person grades it.
				c.Skipped = &junitProblem{Type: string(Manual), Message: t.Message, Text: t.Answer}
				s.Skipped++
				s.Cases = append(s.Cases, c)
				continue
			}
			if t.Status != Passed {
				p := &junitProblem{
					Type:    string(t.Status),
					Message: fmt.Sprintf("%s/%s points: %s", points(t.Points), points(t.Max), firstLine(t.Message)),
					Text:    t.Message,
				}
				if r.State == Graded {
					c.Failure = p
					s.Failures++
				} else {
					c.Error = p
					s.Errors++
				}
			}
			s.Cases = append(s.Cases, c)
		}
		if r.State == Aborted {
			s.Cases = append(s.Cases, junitCase{Name: "grader", Classname: class, Time: seconds(0),
				Error: &junitProblem{Type: string(Aborted), Message: firstLine(r.Error), Text: r.Error}})
			s.Errors++
		}
		var errs []string
		if r.Error != "" {
			errs = append(errs, r.Error)
		}
		for _, f := range r.Findings {
			errs = append(errs, fmt.Sprintf("%s: %s", f.Kind, f.Message))
		}
		s.SystemErr = strings.Join(errs, "\n")
		s.Tests = len(s.Cases)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		total += r.Time
		doc.Suites = append(doc.Suites, s)
	}
	doc.Time = seconds(total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// WriteMarkdown writes a summary for a CI job page (GitHub's
// $GITHUB_STEP_SUMMARY): a table of submissions when there are several,
// then each submission's tests, collapsed when there are several.
func WriteMarkdown(w io.Writer, title string, results []*Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## Grades: %s\n\n", mdCell(title))
	many := len(results) > 1
	if many {
		b.WriteString("| Submission | Score | Tests passed | Notes |\n|---|---:|---:|---|\n")
		for _, r := range results {
			fmt.Fprintf(&b, "| %s | %s | %d / %d | %s |\n", mdCell(r.Submission), scoreText(r), r.Passed, r.Passed+r.Failed, mdCell(notes(r)))
		}
		b.WriteString("\n")
	}
	for _, r := range results {
		if many {
			fmt.Fprintf(&b, "<details><summary>%s: %s</summary>\n\n", htmlText(r.Submission), scoreText(r))
		} else {
			fmt.Fprintf(&b, "**%s**: %s\n\n", mdCell(r.Submission), scoreText(r))
		}
		if r.Error != "" {
			fmt.Fprintf(&b, "> %s: %s\n\n", r.State, mdCell(r.Error))
		}
		if len(r.Tests) > 0 {
			b.WriteString("| Test | Points | Status | Message |\n|---|---:|---|---|\n")
			for _, t := range r.Tests {
				mark := "✅"
				switch t.Status {
				case Passed:
				case Manual:
					mark = "✍️"
				default:
					mark = "❌"
				}
				// The whole message: its end says what to do ("yours is ...").
				fmt.Fprintf(&b, "| `%s` | %s / %s | %s %s | %s |\n", t.ID, points(t.Points), points(t.Max), mark, t.Status, mdLines(t.Message))
			}
			b.WriteString("\n")
		}
		writeAnswers(&b, r)
		if len(r.Findings) > 0 {
			b.WriteString("Findings (the source's cells were run in their place):\n\n")
			for _, f := range r.Findings {
				fmt.Fprintf(&b, "- ⚠️ **%s**: %s\n", f.Kind, mdCell(f.Message))
			}
			b.WriteString("\n")
		}
		if many {
			b.WriteString("</details>\n\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteTable writes the results as aligned text for a terminal: each
// submission's score, its tests, and its findings.
func WriteTable(w io.Writer, results []*Result) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Submission, scoreText(r), r.State)
		if r.Error != "" {
			fmt.Fprintf(tw, "  %s\n", firstLine(r.Error))
		}
		for _, t := range r.Tests {
			fmt.Fprintf(tw, "  %s\t%s/%s\t%s\t%s\n", t.ID, points(t.Points), points(t.Max), t.Status, clip(firstLine(t.Message), 100))
		}
		for _, f := range r.Findings {
			fmt.Fprintf(tw, "  ! %s\t\t\t%s\n", f.Kind, f.Message)
		}
	}
	return tw.Flush()
}

func scoreText(r *Result) string {
	s := points(r.Score) + " / 0"
	if r.Max != 0 {
		s = fmt.Sprintf("%s / %s (%d%%)", points(r.Score), points(r.Max), int(math.Round(100*r.Score/r.Max)))
	}
	if r.ManualMax > 0 {
		s += fmt.Sprintf(", %s more to grade by hand", points(r.ManualMax))
	}
	return s
}

// writeAnswers writes the written answers of r, for the person who
// grades them, each under its grade_id.
func writeAnswers(b *strings.Builder, r *Result) {
	first := true
	for _, t := range r.Tests {
		if t.Status != Manual {
			continue
		}
		if first {
			b.WriteString("To grade by hand:\n\n")
			first = false
		}
		fmt.Fprintf(b, "- `%s` (%s points):", t.ID, points(t.Max))
		if t.Answer == "" {
			b.WriteString(" *no answer written*\n")
			continue
		}
		b.WriteString("\n\n")
		for _, l := range strings.Split(t.Answer, "\n") {
			fmt.Fprintf(b, "  > %s\n", htmlText(l))
		}
		b.WriteString("\n")
	}
	if !first {
		b.WriteString("\n")
	}
}

func notes(r *Result) string {
	var parts []string
	if r.State != Graded {
		parts = append(parts, string(r.State))
	}
	if n := len(r.Findings); n > 0 {
		parts = append(parts, fmt.Sprintf("%d finding(s)", n))
	}
	return strings.Join(parts, ", ")
}

func points(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func seconds(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 3, 64) }

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// mdCell makes text safe inside a Markdown table cell: a student's output
// or message may hold a line break, a carriage return, a table's |, or
// terminal colour codes, any of which broke the summary's table.
func mdCell(s string) string {
	s = ansiEscape.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	s = strings.ReplaceAll(s, "|", `\|`)
	return htmlText(s)
}

// ansiEscape matches a terminal's colour and cursor codes.
var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;?]*[A-Za-z]")

// mdLines is mdCell for text of several lines: they stay lines.
func mdLines(s string) string {
	s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = mdCell(p)
	}
	return strings.Join(parts, "<br>")
}

func htmlText(s string) string {
	return strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(s)
}

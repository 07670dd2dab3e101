package interp

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

// recorder is a frontend that keeps what a cell shows as text.
type recorder struct {
	mu  sync.Mutex
	out strings.Builder
}

func (r *recorder) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.out.WriteString(text)
}
func (r *recorder) Display(o display.Output) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := o.Data[display.MIMEText].(string); ok {
		r.out.WriteString(s + "\n")
	}
}
func (r *recorder) ClearOutput(bool)                   {}
func (r *recorder) Input(string, bool) (string, error) { return "", display.ErrNoInput }

// goldenCell is one cell of a golden file and what it must show.
type goldenCell struct {
	src     string
	line    int
	output  *string // expected stream + result text, if given
	errText *string // expected "ename: evalue" substring, if given
}

// parseGolden reads a cell sequence: cells are separated by lines
// "// ---"; a cell's expectations follow a "// Output:" or "// Error:"
// line, as comment lines, in the style of yaegi's _test files.
func parseGolden(t *testing.T, text string) []goldenCell {
	var cells []goldenCell
	cur := goldenCell{line: 1}
	var mode string
	var want []string
	lineNo := 0
	flush := func() {
		if mode != "" {
			w := strings.Join(want, "\n")
			if mode == "Output" {
				if w != "" {
					w += "\n"
				}
				cur.output = &w
			} else {
				cur.errText = &w
			}
		}
		if strings.TrimSpace(cur.src) != "" || mode != "" {
			cells = append(cells, cur)
		}
		cur, mode, want = goldenCell{line: lineNo + 1}, "", nil
	}
	for _, l := range strings.Split(text, "\n") {
		lineNo++
		switch {
		case l == "// ---":
			flush()
		case l == "// Output:":
			mode = "Output"
		case l == "// Error:":
			mode = "Error"
		case mode != "" && strings.HasPrefix(l, "//"):
			want = append(want, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
		default:
			cur.src += l + "\n"
		}
	}
	flush()
	return cells
}

func TestGoldenCells(t *testing.T) {
	files, err := filepath.Glob("testdata/" + goldenGlob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cell files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".cells"), func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			s, err := New(Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range parseGolden(t, string(b)) {
				rec := &recorder{}
				res, err := s.Execute(context.Background(), c.src, rec)
				got := rec.out.String()
				if txt, ok := res[display.MIMEText].(string); ok {
					got += txt + "\n"
				}
				switch {
				case c.errText != nil:
					if err == nil {
						t.Errorf("%s:%d: got no error (output %q), want error %q", file, c.line, got, *c.errText)
						continue
					}
					ename, evalue, tb := display.DescribeError(err)
					full := ename + ": " + evalue + "\n" + strings.Join(tb, "\n")
					for _, w := range strings.Split(*c.errText, "\n") {
						if !strings.Contains(full, w) {
							t.Errorf("%s:%d: got error %q, want it to contain %q", file, c.line, full, w)
						}
					}
				case err != nil:
					t.Errorf("%s:%d: got error %v, want none", file, c.line, err)
				case c.output != nil && got != *c.output:
					t.Errorf("%s:%d: got output %q, want %q", file, c.line, got, *c.output)
				}
			}
		})
	}
}

var goldenGlob = "*.cells"

func init() {
	if g := os.Getenv("GOLDEN"); g != "" {
		goldenGlob = g
	}
}

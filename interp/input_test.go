package interp

import (
	"context"
	"strings"
	"testing"
)

// answering is a frontend that answers every input request with a line.
type answering struct {
	recorder
	line    string
	prompts int
}

func (a *answering) Input(prompt string, password bool) (string, error) {
	a.prompts++
	return a.line, nil
}

func TestInputAsksTheFrontend(t *testing.T) {
	s := newTestSession(t, Options{})
	a := &answering{line: "42 gopher"}
	res, err := s.Execute(context.Background(), "var n int\nvar w string\nfmt.Scanln(&n, &w)\nfmt.Sprint(n*2, w)", a)
	if err != nil || res["text/plain"] != `"84gopher"` || a.prompts != 1 {
		t.Errorf("got %v %v after %d prompts, want \"84gopher\" after one", res, err, a.prompts)
	}
}

// TestInputRefusedIsEndOfInput: where the frontend gives no input, the
// cell reads as a program with nothing on its standard input does (a
// loop to io.EOF ends), and is told why once.
func TestInputRefusedIsEndOfInput(t *testing.T) {
	s := newTestSession(t, Options{})
	rec := &recorder{}
	code := "reads := 0\nfor {\n\tvar n int\n\tif _, err := fmt.Scan(&n); err == io.EOF {\n\t\tbreak\n\t}\n\treads++\n}\nreads"
	res, err := s.Execute(context.Background(), "import \"io\"\n"+code, rec)
	if err != nil || res["text/plain"] != "0" {
		t.Errorf("got %v %v, want the loop to end at io.EOF after 0 reads", res, err)
	}
	if got := rec.out.String(); strings.Count(got, "allow_stdin is false") != 1 {
		t.Errorf("the cell printed %q, want one note that the frontend gives no input", got)
	}
}

func TestTimeMagic(t *testing.T) {
	s := newTestSession(t, Options{})
	rec := &recorder{}
	res, err := s.Execute(context.Background(), "%time\nimport \"time\"\ntime.Sleep(20 * time.Millisecond)\n6 * 7", rec)
	if err != nil || res["text/plain"] != "42" || !strings.HasPrefix(rec.out.String(), "Wall time: ") {
		t.Errorf("got %v %v with output %q, want 42 and a Wall time line", res, err, rec.out.String())
	}
	rec = &recorder{}
	if _, err := s.Execute(context.Background(), "%time 1 + 1", rec); err != nil || !strings.Contains(rec.out.String(), "Wall time") {
		t.Errorf("one-line %%time: got %v %q", err, rec.out.String())
	}
}

func TestHelpMagicListsPackages(t *testing.T) {
	s := newTestSession(t, Options{})
	res, err := s.Execute(context.Background(), "%help", &recorder{})
	text, _ := res["text/plain"].(string)
	for _, want := range []string{"%reset", "%vars", "%time", "autodiff", "gonum.org/v1/gonum/mat"} {
		if err != nil || !strings.Contains(text, want) {
			t.Errorf("%%help got %q %v, want it to mention %s", text, err, want)
		}
	}
}

// TestPreloaded: the grader's rules read selectors by these names; each
// must be a package the session really has without an import line.
func TestPreloaded(t *testing.T) {
	got := Preloaded()
	for name, want := range map[string]string{"math": "math", "fmt": "fmt", "mat": "gonum.org/v1/gonum/mat", "autodiff": "github.com/gobackprop/gobackprop/autodiff"} {
		if got[name] != want {
			t.Errorf("Preloaded()[%q] = %q, want %q", name, got[name], want)
		}
	}
	s := newTestSession(t, Options{})
	for name, path := range got {
		if path == runtimePath {
			t.Errorf("Preloaded lists the session's own helpers as %s", name)
		}
		// Imported again under another name, the path is found: the only
		// error is the missing Foo.
		_, err := s.Execute(context.Background(), "import check_"+name+" \""+path+"\"\nvar _ = check_"+name+".Foo", &recorder{})
		if want := "undefined: check_" + name + ".Foo"; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s %q: got %v, want only %q", name, path, err, want)
		}
	}
}

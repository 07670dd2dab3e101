package interp

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func newTestSession(t *testing.T, opts Options, cells ...string) *Session {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cells {
		if _, err := s.Execute(context.Background(), c, &recorder{}); err != nil {
			t.Fatalf("cell %q: %v", c, err)
		}
	}
	return s
}

func TestComplete(t *testing.T) {
	s := newTestSession(t, Options{},
		"type point struct{ X, Y float64 }\nfunc (p point) Norm() float64 { return p.X*p.X + p.Y*p.Y }",
		"learningRate := 0.1\npt := point{1, 2}")
	tests := []struct {
		code      string
		want      string
		wantStart int
	}{
		{"fmt.Pri", "Println", 4},
		{"learn", "learningRate", 0},
		{"x := pt.No", "Norm", 8},
		{"pt.", "X", 3},
		{"mat.NewDe", "NewDense", 4},
		{"autodiff.V", "Var", 9},
		{"import \"strings\"\nstrings.ToU", "ToUpper", 25},
		{"poi", "point", 0},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			if strings.HasPrefix(tc.code, "import") {
				s.Execute(context.Background(), "import \"strings\"", &recorder{})
			}
			got, start, end := s.Complete(tc.code, len(tc.code))
			if !slices.Contains(got, tc.want) || start != tc.wantStart || end != len(tc.code) {
				t.Errorf("got %v [%d,%d), want %s at [%d,%d)", got, start, end, tc.want, tc.wantStart, len(tc.code))
			}
		})
	}
}

func TestInspect(t *testing.T) {
	s := newTestSession(t, Options{},
		"// relu clips negative inputs to zero: the lecture's max(0, x) gate.\nfunc relu(x float64) float64 { return max(0, x) }",
		"alpha := 0.5")
	tests := []struct{ code, want string }{
		{"math.Sqrt", "func math.Sqrt(x float64) float64"},
		{"math.Sqrt", "Sqrt returns the square root"},
		{"relu", "func relu(x float64) float64"},
		{"relu", "the lecture's max(0, x) gate"},
		{"alpha", "alpha float64 = 0.5"},
		{"autodiff.Var", "func autodiff.Var(label string, v float64) *Value"},
	}
	for _, tc := range tests {
		t.Run(tc.code+"/"+tc.want, func(t *testing.T) {
			b, found := s.Inspect(tc.code, len(tc.code), 0)
			text, _ := b["text/plain"].(string)
			if !found || !strings.Contains(text, tc.want) {
				t.Errorf("got %v %q, want it to contain %q", found, text, tc.want)
			}
		})
	}
	if _, found := s.Inspect("nosuchname", 3, 0); found {
		t.Error("got found for an unknown name, want not found")
	}
}

func TestIsComplete(t *testing.T) {
	s := newTestSession(t, Options{})
	tests := []struct{ code, want string }{
		{"x := 1", "complete"},
		{"func f() {", "incomplete"},
		{"x := `raw", "incomplete"},
		{"fmt.Println(1,", "incomplete"},
		{"x := )", "invalid"},
		{"}}", "invalid"},
		{"%time", "complete"},
		{"", "complete"},
		// Brackets inside literals and comments do not count.
		{`fmt.Println("\"(")`, "complete"},
		{"x := 1 // (", "complete"},
		{"x := 1 /* { */", "complete"},
		{"r := '('", "complete"},
		{"s := `(\n[`", "complete"},
		{"if x := 1; x > 0 { // }", "incomplete"},
		{"/* open", "incomplete"},
	}
	for _, tc := range tests {
		if got, _ := s.IsComplete(tc.code); got != tc.want {
			t.Errorf("IsComplete(%q) got %s, want %s", tc.code, got, tc.want)
		}
	}
}

func TestRestricted(t *testing.T) {
	s := newTestSession(t, Options{Restricted: true})
	for _, imp := range []string{"os/exec", "syscall", "unsafe", "net", "net/http"} {
		_, err := s.Execute(context.Background(), "import \""+imp+"\"", &recorder{})
		if err == nil {
			t.Errorf("import %q worked in a restricted session, want an error", imp)
		}
	}
	if _, err := s.Execute(context.Background(), "import \"strings\"\nstrings.ToUpper(\"ok\")", &recorder{}); err != nil {
		t.Errorf("a harmless import failed in a restricted session: %v", err)
	}
	open := newTestSession(t, Options{})
	if _, err := open.Execute(context.Background(), "import \"net/http\"", &recorder{}); err != nil {
		t.Errorf("import net/http failed in an unrestricted session: %v", err)
	}
}

// startSignal is a frontend that tells when the cell first prints.
type startSignal struct {
	recorder
	once    sync.Once
	started chan struct{}
}

func (f *startSignal) Stream(name, text string) {
	f.recorder.Stream(name, text)
	f.once.Do(func() { close(f.started) })
}

func TestInterruptKeepsState(t *testing.T) {
	s := newTestSession(t, Options{}, "kept := 11")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	fe := &startSignal{started: make(chan struct{})}
	go func() {
		_, err := s.Execute(ctx, "n := 0\nfmt.Println(\"looping\")\nfor { n++ }", fe)
		done <- err
	}()
	<-fe.started // the loop is running: the interrupt stops it, not the start
	cancel()
	var err error
	select {
	case err = <-done:
	case <-time.After(time.Minute): // bounds a hang; measures nothing
		t.Fatal("the loop still runs a minute after the interrupt")
	}
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("got %v, want an interrupted error", err)
	}
	res, err := s.Execute(context.Background(), "kept", &recorder{})
	if err != nil || res["text/plain"] != "11" {
		t.Errorf("got %v %v after an interrupt, want 11", res, err)
	}
}

func TestSandboxConfinesFiles(t *testing.T) {
	dir := t.TempDir()
	s := newTestSession(t, Options{Restricted: true, Sandbox: dir}, "import \"os\"")
	tests := []struct {
		code    string
		wantErr bool
	}{
		{`os.WriteFile("` + dir + `/ok.txt", []byte("hi"), 0o644)`, false},
		{`b, _ := os.ReadFile("` + dir + `/ok.txt"); string(b)`, false},
		{`os.WriteFile("/tmp/escape.txt", []byte("x"), 0o644)`, true},
		{`os.ReadFile("/etc/passwd")`, true},
		{`os.ReadFile("` + dir + `/../../etc/passwd")`, true},
		{`os.RemoveAll("/tmp/nothing")`, true},
		{`f, err := os.CreateTemp("", "x"); f.Close(); err`, false},
		{`os.Chown("/etc/passwd", 0, 0)`, true},
		{`os.Readlink("/proc/self/exe")`, true},
	}
	for _, tc := range tests {
		res, err := s.Execute(context.Background(), tc.code, &recorder{})
		text, _ := res["text/plain"].(string)
		blocked := strings.Contains(text, "sandbox") || (err != nil && strings.Contains(err.Error(), "sandbox"))
		if blocked != tc.wantErr || (!tc.wantErr && err != nil) {
			t.Errorf("%s: got %q %v, want blocked=%v", tc.code, text, err, tc.wantErr)
		}
	}
	for _, code := range []string{`os.StartProcess("/bin/sh", nil, nil)`, `os.FindProcess(1)`} {
		if _, err := s.Execute(context.Background(), code, &recorder{}); err == nil {
			t.Errorf("%s worked in a restricted session, want an error", code)
		}
	}
}

// TestRestrictedRefusesMemoryByAddress: reflect's ways to a value at an
// address, and raw descriptors, are refused before the cell runs; reflect
// without them works.
func TestRestrictedRefusesMemoryByAddress(t *testing.T) {
	s := newTestSession(t, Options{Restricted: true, Sandbox: t.TempDir()}, "import (\n\t\"os\"\n\t\"reflect\"\n)\ntype T struct{ a int }\nv := reflect.ValueOf(&T{a: 1}).Elem().Field(0)")
	tests := []struct{ code, want string }{
		{`reflect.NewAt(v.Type(), nil)`, "undefined: reflect.NewAt"},
		{`reflect.SliceAt(v.Type(), nil, 1)`, "undefined: reflect.SliceAt"},
		{`p := v.Addr().UnsafePointer(); _ = p`, "reflect.Value.UnsafePointer is not available"},
		{`q := (*int)(v.Addr().UnsafePointer()); *q = 2`, "reflect.Value.UnsafePointer is not available"},
		{`f := v.Addr().UnsafeAddr; _ = f`, "reflect.Value.UnsafeAddr is not available"},
		{`v.SetPointer(nil)`, "reflect.Value.SetPointer is not available"},
		{`os.NewFile(3, "results")`, "undefined: os.NewFile"},
	}
	for _, tc := range tests {
		_, err := s.Execute(context.Background(), tc.code, &recorder{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error containing %q", tc.code, err, tc.want)
		}
	}
	if res, err := s.Execute(context.Background(), "v.Int() + int64(v.Type().Size())", &recorder{}); err != nil || res["text/plain"] != "9" {
		t.Errorf("reflect without addresses: got %v %v, want 9", res, err)
	}
}

// TestInterruptWhileCompiling interrupts cells at once, often while yaegi
// still compiles them, and runs the next cell right away: the two must not
// meet in yaegi's maps (a fatal error of the process before abandoned.go).
func TestInterruptWhileCompiling(t *testing.T) {
	s := newTestSession(t, Options{}, "kept := 11")
	for i := 0; i < 200; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		s.Execute(ctx, fmt.Sprintf("type T%d struct{ A, B int }\nfunc f%d(t T%d) int { return t.A + t.B }\nv%d := f%d(T%d{1, 2})", i, i, i, i, i, i), &recorder{})
		if res, err := s.Execute(context.Background(), "kept", &recorder{}); err != nil || res["text/plain"] != "11" {
			t.Fatalf("run %d: got %v %v after an interrupt, want 11", i, res, err)
		}
	}
}

// TestYaegiEvalFrameName keeps abandoned.go's frame name true to yaegi.
func TestYaegiEvalFrameName(t *testing.T) {
	s := newTestSession(t, Options{})
	done := make(chan bool)
	go func() {
		s.Execute(context.Background(), "import \"time\"\ntime.Sleep(300 * time.Millisecond)", &recorder{})
		close(done)
	}()
	time.Sleep(150 * time.Millisecond)
	buf := make([]byte, 1<<20)
	n := runtime.Stack(buf, true)
	<-done
	if !bytes.Contains(buf[:n], yaegiEvalFrame) {
		t.Fatalf("no goroutine runs %s while a cell runs: yaegi renamed it; update abandoned.go", yaegiEvalFrame)
	}
	if !bytes.Contains(buf[:n], yaegiExecuteFrame) || compiling(bytes.Split(buf[:n], []byte("\n\n"))) {
		t.Fatalf("a cell that runs its code is not under %s: yaegi renamed it; update abandoned.go", yaegiExecuteFrame)
	}
}

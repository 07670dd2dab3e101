//go:build linux || darwin

package capture

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The capture replaces the process's own descriptors, so it is tested in
// a child process: the test binary run again with CAPTURE_CHILD set.
func TestMain(m *testing.M) {
	if os.Getenv("CAPTURE_CHILD") == "1" {
		child()
		return
	}
	os.Exit(m.Run())
}

// child captures, writes through every path a cell can use, syncs, and
// reports what the sink received on the original stderr.
func child() {
	var mu sync.Mutex
	got := map[string]*strings.Builder{"stdout": {}, "stderr": {}}
	var order strings.Builder // the interleaving of w and e lines
	c, err := Start(func(name, text string) {
		mu.Lock()
		got[name].WriteString(text)
		for _, l := range strings.SplitAfter(text, "\n") {
			if len(l) > 1 && (l[0] == 'w' || l[0] == 'e') {
				order.WriteString(l)
			}
		}
		mu.Unlock()
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("via fmt")
	os.Stdout.WriteString("via os.Stdout\n")
	syscall.Write(1, []byte("via fd 1\n"))
	fmt.Fprintln(os.Stderr, "to stderr")
	for i := 0; i < 20000; i++ {
		fmt.Printf("line %d\n", i)
	}
	os.Stdout.Write([]byte("a NUL \x00 survives\n"))
	// The session's own writer orders itself after the descriptors.
	w := c.Writer("stdout")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(w, "w%d\n", i)
		fmt.Fprintf(os.Stderr, "e%d\n", i)
	}
	c.Sync()
	mu.Lock()
	fmt.Fprintf(c.Stderr, "STDOUT=%q\nSTDERR=%q\nORDER=%q\n", got["stdout"].String(), got["stderr"].String(), order.String())
	mu.Unlock()
}

func TestCaptureDeliversEverythingBeforeSync(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CAPTURE_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	text := string(out)
	var stdout, stderr string
	fmt.Sscanf(text[strings.Index(text, "STDOUT="):], "STDOUT=%q\nSTDERR=%q", &stdout, &stderr)
	want := "via fmt\nvia os.Stdout\nvia fd 1\n"
	if !strings.HasPrefix(stdout, want) {
		t.Errorf("got stdout starting %q, want %q", stdout[:min(len(stdout), 60)], want)
	}
	if n := strings.Count(stdout, "\nline "); n != 20000 {
		t.Errorf("got %d numbered lines, want all 20000", n)
	}
	if !strings.Contains(stdout, "line 19999\na NUL \x00 survives\n") {
		t.Errorf("got stdout ending %q, want the last line and the NUL line", stdout[max(0, len(stdout)-60):])
	}
	var order string
	fmt.Sscanf(text[strings.Index(text, "ORDER="):], "ORDER=%q", &order)
	var want2 strings.Builder
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&want2, "w%d\ne%d\n", i, i)
	}
	if order != want2.String() {
		t.Errorf("got interleaving %q, want w and e lines alternating in write order", order[:min(len(order), 80)])
	}
	if !strings.HasPrefix(stderr, "to stderr\n") {
		t.Errorf("got stderr %q, want it to start with %q", stderr, "to stderr\n")
	}
}

// Pipes pumps a child's output, syncs with it, and ends when the child
// is gone.
func TestPipes(t *testing.T) {
	var mu sync.Mutex
	got := map[string]string{}
	c, ends, err := Pipes(func(name, text string) {
		mu.Lock()
		got[name] += text
		mu.Unlock()
	}, "out", "err")
	if err != nil {
		t.Fatal(err)
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(sh, "-c", "echo one; echo two >&2; echo three")
	cmd.Stdout, cmd.Stderr = ends[0], ends[1]
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for _, f := range ends {
		f.Close()
	}
	cmd.Wait()
	c.Sync()
	mu.Lock()
	if got["out"] != "one\nthree\n" || got["err"] != "two\n" {
		t.Errorf("got out %q, err %q after Sync, want one three and two", got["out"], got["err"])
	}
	mu.Unlock()
	c.Close()
	if !c.Wait(10 * time.Second) {
		t.Errorf("the pumps did not end after the child and Close")
	}
}

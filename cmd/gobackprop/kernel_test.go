package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"github.com/gobackprop/gobackprop/kernel"
)

// binary is the gobackprop command built once for the tests that run it
// as Jupyter would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gobackprop-test")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "gobackprop")
	// The tests' grading runs check their results, not the machine:
	// grade/attack_run_test.go checks the isolation this machine allows.
	os.Setenv("GOBACKPROP_REQUIRE_ISOLATION", "0")
	// Built as users build it, so with OpenBLAS where the machine has it
	// (the graded assignments then train on it, as a course's CI would).
	out, err := exec.Command("make", "-C", "../..", "build", "BIN="+binary).CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building gobackprop: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// client is a minimal Jupyter client on zmq4, enough to drive every
// message type the kernel serves.
type client struct {
	t                     *testing.T
	signer                *kernel.Signer
	session               string
	shell, control, stdin zmq4.Socket
	iopub, hb             zmq4.Socket
	cmd                   *exec.Cmd
	iopubMsgs             chan *kernel.Message
}

func freePorts(t *testing.T, n int) []int {
	var ports []int
	var ls []net.Listener
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

func startKernel(t *testing.T) *client {
	t.Helper()
	p := freePorts(t, 5)
	key := uuid.NewString()
	conn := kernel.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: p[0], IOPubPort: p[1],
		StdinPort: p[2], ControlPort: p[3], HBPort: p[4], Key: key, SignatureScheme: "hmac-sha256"}
	b, _ := json.Marshal(conn)
	file := filepath.Join(t.TempDir(), "conn.json")
	os.WriteFile(file, b, 0o600)
	cmd := exec.Command(binary, "kernel", file)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	signer, _ := kernel.NewSigner("hmac-sha256", key)
	ctx := context.Background()
	id := zmq4.WithID(zmq4.SocketIdentity(uuid.NewString()))
	c := &client{t: t, signer: signer, session: uuid.NewString(), cmd: cmd,
		shell: zmq4.NewDealer(ctx, id), control: zmq4.NewDealer(ctx), stdin: zmq4.NewDealer(ctx, id),
		iopub: zmq4.NewSub(ctx), hb: zmq4.NewReq(ctx), iopubMsgs: make(chan *kernel.Message, 100000)}
	ep := func(port int) string { return fmt.Sprintf("tcp://127.0.0.1:%d", port) }
	for _, d := range []struct {
		s    zmq4.Socket
		port int
	}{{c.shell, p[0]}, {c.iopub, p[1]}, {c.stdin, p[2]}, {c.control, p[3]}, {c.hb, p[4]}} {
		var err error
		for i := 0; i < 100; i++ {
			if err = d.s.Dial(ep(d.port)); err == nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("dial %d: %v", d.port, err)
		}
	}
	c.iopub.SetOption(zmq4.OptionSubscribe, "")
	go func() {
		for {
			m, err := c.iopub.Recv()
			if err != nil {
				return
			}
			if msg, err := signer.Decode(m.Frames); err == nil {
				c.iopubMsgs <- msg
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		for _, s := range []zmq4.Socket{c.shell, c.control, c.stdin, c.iopub, c.hb} {
			s.Close()
		}
	})
	// kernel_info until iopub is known to deliver (the slow-joiner problem).
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		// Each attempt's reply is taken before the next attempt, so that
		// no stale reply is left for a later request to read.
		id := c.send(c.shell, "kernel_info_request", map[string]any{})
		c.recvReply(c.shell)
		if _, ok := c.waitIdle(id, 500*time.Millisecond); ok {
			return c
		}
	}
	t.Fatal("kernel never answered kernel_info with iopub traffic")
	return nil
}

func (c *client) send(sock zmq4.Socket, msgType string, content any) string {
	id := uuid.NewString()
	h := kernel.Header{MsgID: id, Session: c.session, Username: "test", MsgType: msgType, Version: "5.3",
		Date: time.Now().UTC().Format(time.RFC3339)}
	m := &kernel.Message{Header: h, ParentHeader: json.RawMessage("{}"), Metadata: json.RawMessage("{}")}
	m.RawHeader, _ = json.Marshal(h)
	m.Content, _ = json.Marshal(content)
	frames := c.signer.Encode(m)
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatalf("send %s: %v", msgType, err)
	}
	return id
}

type recvResult struct {
	m   *kernel.Message
	err error
}

func (c *client) recvReply(sock zmq4.Socket) *kernel.Message {
	c.t.Helper()
	ch := make(chan recvResult, 1)
	go func() {
		raw, err := sock.Recv()
		if err != nil {
			ch <- recvResult{nil, err}
			return
		}
		m, err := c.signer.Decode(raw.Frames)
		ch <- recvResult{m, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			c.t.Fatalf("reply: %v", r.err)
		}
		return r.m
	case <-time.After(30 * time.Second):
		c.t.Fatal("no reply within 30 s")
	}
	return nil
}

// waitIdle collects the iopub messages of request id up to its idle status.
func (c *client) waitIdle(id string, timeout time.Duration) ([]*kernel.Message, bool) {
	var msgs []*kernel.Message
	deadline := time.After(timeout)
	for {
		select {
		case m := <-c.iopubMsgs:
			var parent kernel.Header
			json.Unmarshal(m.ParentHeader, &parent)
			if parent.MsgID != id {
				continue
			}
			msgs = append(msgs, m)
			if m.Header.MsgType == "status" && strings.Contains(string(m.Content), "idle") {
				return msgs, true
			}
		case <-deadline:
			return msgs, false
		}
	}
}

type executed struct {
	reply map[string]any
	iopub []*kernel.Message
}

func (c *client) execute(code string, extra map[string]any) executed {
	c.t.Helper()
	content := map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}
	for k, v := range extra {
		content[k] = v
	}
	id := c.send(c.shell, "execute_request", content)
	reply := c.recvReply(c.shell)
	msgs, ok := c.waitIdle(id, 30*time.Second)
	if !ok {
		c.t.Fatalf("no idle status for %q", code)
	}
	var r map[string]any
	json.Unmarshal(reply.Content, &r)
	return executed{r, msgs}
}

func contentOf(m *kernel.Message) map[string]any {
	var c map[string]any
	json.Unmarshal(m.Content, &c)
	return c
}

// resultText returns the text/plain of an execute's execute_result.
func resultText(e executed) string {
	for _, m := range e.iopub {
		if m.Header.MsgType == "execute_result" {
			s, _ := contentOf(m)["data"].(map[string]any)["text/plain"].(string)
			return s
		}
	}
	return fmt.Sprintf("<no execute_result: %v %v>", types(e.iopub), e.reply)
}

func types(msgs []*kernel.Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Header.MsgType)
	}
	return out
}

func TestKernelOverZMQ(t *testing.T) {
	c := startKernel(t)

	t.Run("kernel_info", func(t *testing.T) {
		c.send(c.shell, "kernel_info_request", map[string]any{})
		r := contentOf(c.recvReply(c.shell))
		li := r["language_info"].(map[string]any)
		if r["protocol_version"] != "5.3" || li["name"] != "go" || li["mimetype"] != "text/x-go" || li["file_extension"] != ".go" {
			t.Errorf("got kernel_info %v, want protocol 5.3 and Go language_info", r)
		}
		// The banner names the BLAS, as `gobackprop version` does.
		if blas := versionBLAS(t, binary); !strings.Contains(r["banner"].(string), blas) {
			t.Errorf("got banner %q, want it to name the BLAS %q", r["banner"], blas)
		}
	})

	t.Run("execute result, stream, count", func(t *testing.T) {
		e := c.execute("fmt.Println(\"hello\")\n40 + 2", nil)
		got := types(e.iopub)
		want := []string{"status", "execute_input", "stream", "execute_result", "status"}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("got iopub %v, want %v", got, want)
		}
		res := contentOf(e.iopub[3])
		if res["data"].(map[string]any)["text/plain"] != "42" {
			t.Errorf("got result %v, want 42", res)
		}
		n := e.reply["execution_count"].(float64)
		e2 := c.execute("1", map[string]any{"store_history": false})
		if e2.reply["execution_count"].(float64) != n {
			t.Errorf("got count %v after store_history=false, want %v unchanged", e2.reply["execution_count"], n)
		}
		e3 := c.execute("1", nil)
		if e3.reply["execution_count"].(float64) != n+1 {
			t.Errorf("got count %v, want %v", e3.reply["execution_count"], n+1)
		}
	})

	t.Run("error is one output", func(t *testing.T) {
		e := c.execute("keep := 7\nvar m map[string]int\nm[\"a\"] = 1", map[string]any{"stop_on_error": false})
		got := types(e.iopub)
		if strings.Join(got, ",") != "status,execute_input,error,status" {
			t.Errorf("got iopub %v, want exactly one error between input and idle", got)
		}
		if e.reply["status"] != "error" || e.reply["ename"] != "runtime.Error" {
			t.Errorf("got reply %v, want a runtime.Error", e.reply)
		}
		if got := resultText(c.execute("keep", nil)); got != "7" {
			t.Errorf("got keep = %q after a panic, want 7", got)
		}
	})

	t.Run("output through fd 1 and 2 in order", func(t *testing.T) {
		e := c.execute("import \"os\"\nfmt.Println(\"a\")\nos.Stdout.Write([]byte(\"b\\n\"))\nfmt.Fprintln(os.Stdout, \"c\")\nfmt.Fprintln(os.Stderr, \"d\")\nfmt.Println(\"e\")", nil)
		// Each stream keeps its order; stdout and stderr are two pipes,
		// so their relative order is not guaranteed (as in other kernels).
		got := map[string]string{}
		for _, m := range e.iopub {
			if m.Header.MsgType == "stream" {
				c := contentOf(m)
				got[c["name"].(string)] += c["text"].(string)
			}
		}
		if got["stdout"] != "a\nb\nc\ne\n" || got["stderr"] != "d\n" {
			t.Errorf("got stdout %q and stderr %q, want a b c e and d", got["stdout"], got["stderr"])
		}
	})

	t.Run("goroutine output after the cell", func(t *testing.T) {
		e := c.execute("import \"time\"\ngo func() { time.Sleep(200 * time.Millisecond); fmt.Println(\"late\"); var s []int; _ = s[1] }()", nil)
		if e.reply["status"] != "ok" {
			t.Fatalf("got %v", e.reply)
		}
		var parent string
		json.Unmarshal(e.iopub[0].ParentHeader, &struct {
			MsgID *string `json:"msg_id"`
		}{&parent})
		deadline := time.After(5 * time.Second)
		var texts []string
		for len(texts) < 2 {
			select {
			case m := <-c.iopubMsgs:
				if m.Header.MsgType == "stream" && strings.Contains(string(m.ParentHeader), parent) {
					texts = append(texts, contentOf(m)["text"].(string))
				}
			case <-deadline:
				t.Fatalf("got %q after the cell, want the late line and the goroutine's panic", texts)
			}
		}
		if all := strings.Join(texts, ""); !strings.Contains(all, "late") || !strings.Contains(all, "panic in a goroutine") {
			t.Errorf("got %q, want the late line and the goroutine's panic", all)
		}
		if got := resultText(c.execute("1+2", nil)); got != "3" {
			t.Errorf("kernel unusable after a goroutine panic: %q", got)
		}
	})

	t.Run("silent", func(t *testing.T) {
		e := c.execute("fmt.Println(\"x\")\n1", map[string]any{"silent": true})
		if got := types(e.iopub); strings.Join(got, ",") != "status,status" {
			t.Errorf("got iopub %v for a silent execute, want only busy and idle", got)
		}
	})

	t.Run("display_data", func(t *testing.T) {
		e := c.execute(`display.HTML("<b>x</b>")`, nil)
		found := false
		for _, m := range e.iopub {
			if m.Header.MsgType == "display_data" && contentOf(m)["data"].(map[string]any)["text/html"] == "<b>x</b>" {
				found = true
			}
		}
		if !found {
			t.Errorf("got %v, want a display_data with text/html", types(e.iopub))
		}
	})

	t.Run("updatable display", func(t *testing.T) {
		e := c.execute("h := display.New(display.TextBundle(\"step 0\"))\nh.SetInterval(0)\nfor i := 1; i <= 3; i++ { h.Update(display.TextBundle(fmt.Sprint(\"step \", i))) }", nil)
		var kinds, ids []string
		for _, m := range e.iopub {
			if t := m.Header.MsgType; t == "display_data" || t == "update_display_data" {
				kinds = append(kinds, t)
				ids = append(ids, fmt.Sprint(contentOf(m)["transient"].(map[string]any)["display_id"]))
			}
		}
		if strings.Join(kinds, ",") != "display_data,update_display_data,update_display_data,update_display_data" ||
			ids[0] == "" || ids[0] != ids[3] {
			t.Errorf("got %v with ids %v, want display_data then 3 updates with one display_id", kinds, ids)
		}
	})

	t.Run("figures are images", func(t *testing.T) {
		for _, code := range []string{
			"plotting.LossCurve([]float64{2.3, 1.2, 0.8, 0.5})",
			"gx := autodiff.Var(\"x\", 3)\ngy := gx.Mul(gx)\ngy.Backward()\nplotting.Graph(gy)",
		} {
			e := c.execute(code, nil)
			found := false
			for _, m := range e.iopub {
				if m.Header.MsgType == "execute_result" {
					data := contentOf(m)["data"].(map[string]any)
					png, _ := data["image/png"].(string)
					found = len(png) > 100
				}
			}
			if !found {
				t.Errorf("%q: got %v %v, want an execute_result with image/png", code, types(e.iopub), e.reply)
			}
		}
	})

	t.Run("stop_on_error aborts queued", func(t *testing.T) {
		c.execute("import \"time\"", nil)
		// The first cell runs long enough for the second to be queued.
		id1 := c.send(c.shell, "execute_request", map[string]any{"code": "time.Sleep(200 * time.Millisecond)\npanic(1)", "stop_on_error": true})
		id2 := c.send(c.shell, "execute_request", map[string]any{"code": "2"})
		r1 := contentOf(c.recvReply(c.shell))
		r2 := contentOf(c.recvReply(c.shell))
		c.waitIdle(id1, 10*time.Second)
		c.waitIdle(id2, 10*time.Second)
		time.Sleep(100 * time.Millisecond) // past the stop_on_error window
		if r1["status"] != "error" || r2["status"] != "aborted" {
			t.Errorf("got %v then %v, want error then aborted", r1["status"], r2["status"])
		}
	})

	t.Run("user_expressions", func(t *testing.T) {
		e := c.execute("ux := 5", map[string]any{"user_expressions": map[string]any{"double": "ux * 2"}})
		ue := e.reply["user_expressions"].(map[string]any)["double"].(map[string]any)
		if ue["status"] != "ok" || ue["data"].(map[string]any)["text/plain"] != "10" {
			t.Errorf("got user expression %v, want 10", ue)
		}
	})

	t.Run("complete counts code points", func(t *testing.T) {
		code := `s := "héllo"; fmt.Pri`
		c.send(c.shell, "complete_request", map[string]any{"code": code, "cursor_pos": len([]rune(code))})
		r := contentOf(c.recvReply(c.shell))
		if !strings.Contains(fmt.Sprint(r["matches"]), "Println") || r["cursor_end"].(float64) != float64(len([]rune(code))) ||
			r["cursor_start"].(float64) != float64(len([]rune(code))-3) {
			t.Errorf("got %v, want Println replacing the last 3 code points", r)
		}
	})

	t.Run("inspect", func(t *testing.T) {
		c.send(c.shell, "inspect_request", map[string]any{"code": "math.Sqrt", "cursor_pos": 9, "detail_level": 0})
		r := contentOf(c.recvReply(c.shell))
		if r["found"] != true || !strings.Contains(fmt.Sprint(r["data"]), "func math.Sqrt(x float64) float64") {
			t.Errorf("got %v, want the signature of math.Sqrt", r)
		}
	})

	t.Run("is_complete", func(t *testing.T) {
		for code, want := range map[string]string{"x := 1": "complete", "func f() {": "incomplete", "x := )": "invalid"} {
			c.send(c.shell, "is_complete_request", map[string]any{"code": code})
			if r := contentOf(c.recvReply(c.shell)); r["status"] != want {
				t.Errorf("is_complete(%q) got %v, want %s", code, r["status"], want)
			}
		}
	})

	t.Run("history", func(t *testing.T) {
		c.send(c.shell, "history_request", map[string]any{"hist_access_type": "tail", "n": 2, "output": false, "raw": true})
		r := contentOf(c.recvReply(c.shell))
		if h := r["history"].([]any); len(h) != 2 {
			t.Errorf("got %d tail entries, want 2: %v", len(h), h)
		}
		c.send(c.shell, "history_request", map[string]any{"hist_access_type": "search", "pattern": "ux*", "output": false, "raw": true})
		r = contentOf(c.recvReply(c.shell))
		if h := r["history"].([]any); len(h) != 1 {
			t.Errorf("got %v for search ux*, want one entry", h)
		}
	})

	t.Run("comm_info", func(t *testing.T) {
		c.send(c.shell, "comm_info_request", map[string]any{})
		if r := contentOf(c.recvReply(c.shell)); r["status"] != "ok" || len(r["comms"].(map[string]any)) != 0 {
			t.Errorf("got %v, want ok with no comms", r)
		}
	})

	t.Run("heartbeat", func(t *testing.T) {
		c.hb.Send(zmq4.NewMsgString("ping"))
		m, err := c.hb.Recv()
		if err != nil || string(m.Frames[0]) != "ping" {
			t.Errorf("got %q %v, want ping echoed", m.Frames, err)
		}
	})

	t.Run("bad signature is dropped", func(t *testing.T) {
		good := c.signer
		c.signer, _ = kernel.NewSigner("hmac-sha256", "wrong key")
		c.send(c.shell, "execute_request", map[string]any{"code": "hacked := 1"})
		c.signer = good
		c.shell.Send(zmq4.NewMsgFrom([]byte("garbage"), []byte("<IDS|MSG>"))) // malformed
		e := c.execute("hacked", map[string]any{"stop_on_error": false})
		if e.reply["status"] != "error" {
			t.Errorf("a wrongly signed execute ran: %v", e.reply)
		}
	})

	t.Run("interrupt", func(t *testing.T) {
		c.execute("before := 3", nil)
		id := c.send(c.shell, "execute_request", map[string]any{"code": "for {}"})
		time.Sleep(300 * time.Millisecond)
		c.send(c.control, "interrupt_request", map[string]any{})
		if r := contentOf(c.recvReply(c.control)); r["status"] != "ok" {
			t.Errorf("got interrupt_reply %v", r)
		}
		r := contentOf(c.recvReply(c.shell))
		c.waitIdle(id, 10*time.Second)
		if r["status"] != "error" || r["ename"] != "Interrupted" {
			t.Errorf("got %v, want an Interrupted error", r)
		}
		time.Sleep(100 * time.Millisecond) // past the stop_on_error window
		if got := resultText(c.execute("before", nil)); got != "3" {
			t.Errorf("got before = %q after an interrupt, want 3", got)
		}
	})

	t.Run("interrupt abandons a compiled call", func(t *testing.T) {
		id := c.send(c.shell, "execute_request", map[string]any{"code": "time.Sleep(time.Hour)"})
		time.Sleep(300 * time.Millisecond)
		c.send(c.control, "interrupt_request", map[string]any{})
		c.recvReply(c.control)
		r := contentOf(c.recvReply(c.shell))
		c.waitIdle(id, 10*time.Second)
		if r["ename"] != "Interrupted" {
			t.Errorf("got %v, want Interrupted", r)
		}
		time.Sleep(100 * time.Millisecond)
		if got := resultText(c.execute("before + 1", nil)); got != "4" {
			t.Errorf("got %q after abandoning a compiled call, want 4", got)
		}
	})

	t.Run("shutdown", func(t *testing.T) {
		c.send(c.control, "shutdown_request", map[string]any{"restart": false})
		if r := contentOf(c.recvReply(c.control)); r["status"] != "ok" {
			t.Errorf("got %v", r)
		}
		done := make(chan error, 1)
		go func() { done <- c.cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("kernel exited with %v, want a clean exit", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("kernel still running 10 s after shutdown_request")
		}
	})
}

// Command floorkernel is the protocol floor of bench/latency.py: a Jupyter
// kernel that runs nothing. It answers kernel_info_request and
// execute_request on shell, each wrapped in status busy ... idle on iopub,
// signs with HMAC-SHA256 and echoes the heartbeat - and does nothing else.
//
// # Why it exists
//
// gobackprop's start-up, round trip and memory are the sum of what the
// Jupyter protocol costs over zmq4 and what gobackprop adds (the Go
// interpreter, the session, the output capture). Measured next to this
// kernel, in the same run on the same machine, the difference is
// gobackprop's own share, and the targets are stated against it:
// round trip at most 1.2x the floor, start-up at most 0.12 s above it.
//
// It is deliberately independent of package kernel: a floor that shared
// gobackprop's code would move with it.
//
// # The conforming floor
//
// With -conforming it also publishes what the protocol asks of any kernel
// for the cell `1+1`: execute_input (the code, re-broadcast) before the
// reply and execute_result (its value, "2") - still running nothing. The
// difference between the two floors is the cost of those two messages,
// mostly in the client; the difference between the conforming floor and
// gobackprop is what gobackprop itself adds.
//
// Usage: floorkernel [-conforming] CONNECTION_FILE
package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"time"

	"github.com/go-zeromq/zmq4"
)

type connection struct {
	Transport   string `json:"transport"`
	IP          string `json:"ip"`
	ShellPort   int    `json:"shell_port"`
	IOPubPort   int    `json:"iopub_port"`
	StdinPort   int    `json:"stdin_port"`
	ControlPort int    `json:"control_port"`
	HBPort      int    `json:"hb_port"`
	Key         string `json:"key"`
}

type header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// request is a decoded message from the shell socket.
type request struct {
	identities [][]byte
	rawHeader  []byte
	header     header
	content    []byte
}

var delimiter = []byte("<IDS|MSG>")

type floor struct {
	key          []byte
	shell, iopub zmq4.Socket
	count        int
	conforming   bool // publish execute_input and execute_result too
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("floorkernel: ")
	conforming := flag.Bool("conforming", false, "also publish execute_input and execute_result, as the protocol asks of a kernel")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: floorkernel [-conforming] CONNECTION_FILE")
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	var c connection
	if err := json.Unmarshal(b, &c); err != nil {
		log.Fatalf("connection file: %v", err)
	}

	ctx := context.Background()
	f := &floor{key: []byte(c.Key), shell: zmq4.NewRouter(ctx), iopub: zmq4.NewPub(ctx), conforming: *conforming}
	// Control and stdin are bound so that clients can connect, never read.
	control, stdin, hb := zmq4.NewRouter(ctx), zmq4.NewRouter(ctx), zmq4.NewRep(ctx)
	for _, s := range []struct {
		sock zmq4.Socket
		port int
	}{{f.shell, c.ShellPort}, {f.iopub, c.IOPubPort}, {control, c.ControlPort}, {stdin, c.StdinPort}, {hb, c.HBPort}} {
		if err := s.sock.Listen(fmt.Sprintf("%s://%s:%d", c.Transport, c.IP, s.port)); err != nil {
			log.Fatal(err)
		}
	}

	go func() { // heartbeat: echo every ping
		for {
			if m, err := hb.Recv(); err == nil {
				hb.Send(m)
			}
		}
	}()

	for {
		m, err := f.shell.Recv()
		if err != nil {
			continue
		}
		req, ok := f.decode(m.Frames)
		if !ok {
			continue
		}
		f.handle(req)
	}
}

// decode splits the frames at the delimiter and checks the signature;
// anything malformed or unsigned is dropped.
func (f *floor) decode(frames [][]byte) (*request, bool) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], delimiter) {
		i++
	}
	if len(frames)-i < 6 {
		return nil, false
	}
	sig, err := hex.DecodeString(string(frames[i+1]))
	if len(f.key) > 0 && (err != nil || !hmac.Equal(sig, f.sign(frames[i+2:i+6]...))) {
		return nil, false
	}
	r := &request{identities: frames[:i], rawHeader: frames[i+2], content: frames[i+5]}
	if json.Unmarshal(r.rawHeader, &r.header) != nil {
		return nil, false
	}
	return r, true
}

func (f *floor) handle(req *request) {
	f.publish(req, "status", map[string]string{"execution_state": "busy"})
	switch req.header.MsgType {
	case "kernel_info_request":
		f.reply(req, "kernel_info_reply", map[string]any{
			"status":                 "ok",
			"protocol_version":       "5.3",
			"implementation":         "floorkernel",
			"implementation_version": "0",
			"language_info": map[string]string{
				"name": "go", "version": runtime.Version(), "mimetype": "text/x-go", "file_extension": ".go",
			},
			"banner": "the protocol floor: runs nothing",
		})
	case "execute_request":
		f.count++
		if f.conforming {
			var c struct {
				Code string `json:"code"`
			}
			json.Unmarshal(req.content, &c)
			f.publish(req, "execute_input", map[string]any{"code": c.Code, "execution_count": f.count})
			// The value of the benchmark's cell, not computed: the floor
			// runs nothing.
			f.publish(req, "execute_result", map[string]any{
				"execution_count": f.count, "data": map[string]string{"text/plain": "2"}, "metadata": map[string]any{},
			})
		}
		f.reply(req, "execute_reply", map[string]any{
			"status": "ok", "execution_count": f.count, "user_expressions": map[string]any{}, "payload": []any{},
		})
	}
	f.publish(req, "status", map[string]string{"execution_state": "idle"})
}

// reply and publish use SendMulti, as the kernel does: zmq4 then writes a
// message's frames in one system call where it can, and the floor should be
// the best a zmq4 kernel can do.
func (f *floor) reply(req *request, msgType string, content any) {
	f.shell.SendMulti(zmq4.NewMsgFrom(f.encode(req.identities, req, msgType, content)...))
}

func (f *floor) publish(parent *request, msgType string, content any) {
	topic := [][]byte{[]byte("kernel." + msgType)}
	f.iopub.SendMulti(zmq4.NewMsgFrom(f.encode(topic, parent, msgType, content)...))
}

// encode returns the signed frames of a new message in reply to parent.
func (f *floor) encode(identities [][]byte, parent *request, msgType string, content any) [][]byte {
	id := make([]byte, 16)
	rand.Read(id)
	h, _ := json.Marshal(header{
		MsgID:    hex.EncodeToString(id),
		Session:  parent.header.Session,
		Username: "kernel",
		Date:     time.Now().UTC().Format(time.RFC3339Nano),
		MsgType:  msgType,
		Version:  "5.3",
	})
	c, _ := json.Marshal(content)
	parts := [][]byte{h, parent.rawHeader, []byte("{}"), c}
	sig := ""
	if len(f.key) > 0 {
		sig = hex.EncodeToString(f.sign(parts...))
	}
	out := append(append([][]byte{}, identities...), delimiter, []byte(sig))
	return append(out, parts...)
}

// sign is HMAC-SHA256 over header, parent header, metadata and content.
func (f *floor) sign(parts ...[]byte) []byte {
	m := hmac.New(sha256.New, f.key)
	for _, p := range parts {
		m.Write(p)
	}
	return m.Sum(nil)
}

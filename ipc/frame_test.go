package ipc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

type msg struct {
	Text string `json:"text"`
	N    int    `json:"n"`
}

func TestRoundTrip(t *testing.T) {
	for _, key := range []string{"", "secret"} {
		t.Run("key="+key, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b, []byte(key))
			sent := []msg{{"hello", 1}, {"two\nlines \x00 and \"quotes\"", 2}, {strings.Repeat("x", 200<<10), 3}}
			for _, m := range sent {
				if err := w.Send("out", m); err != nil {
					t.Fatal(err)
				}
			}
			r := NewReader(&b, []byte(key), 0)
			for i, want := range sent {
				f, err := r.Next()
				if err != nil {
					t.Fatalf("frame %d: got error %v", i, err)
				}
				var got msg
				if err := f.Decode(&got); err != nil || f.Type != "out" || got != want || f.Seq != uint64(i+1) {
					t.Errorf("got %s %d %.40q (%v), want out %d %.40q", f.Type, f.Seq, got.Text, err, i+1, want.Text)
				}
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("got %v at the end, want io.EOF", err)
			}
			if r.Rejected() != 0 {
				t.Errorf("got %d rejected, want 0", r.Rejected())
			}
		})
	}
}

// A keyed reader refuses what a cell could write into the channel:
// garbage, unsigned or badly signed frames, replays; and finds the next
// good frame after each.
func TestRejects(t *testing.T) {
	var good bytes.Buffer
	w := NewWriter(&good, []byte("k"))
	w.Send("end", msg{"first", 1})
	first := good.String()
	good.Reset()
	w.Send("end", msg{"second", 2})
	second := good.String()

	forged := NewWriter(io.Discard, nil)
	var unsigned bytes.Buffer
	forged.w = &unsigned
	forged.seq = 5
	forged.Send("end", msg{"passed", 9})

	var badKey bytes.Buffer
	NewWriter(&badKey, []byte("guess")).Send("end", msg{"passed", 9})

	stream := "garbage without newline" + first + "0000 {\"seq\":99}\n" + unsigned.String() + badKey.String() + first + "partial" + second
	r := NewReader(strings.NewReader(stream), []byte("k"), 0)
	var got []string
	for {
		f, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		var m msg
		f.Decode(&m)
		got = append(got, m.Text)
	}
	if strings.Join(got, ",") != "first,second" {
		t.Errorf("got frames %q, want first and second", got)
	}
	// garbage, the fake line, the unsigned frame, the wrong key, the
	// replayed first, "partial": six lines that are not frames.
	if r.Rejected() != 6 {
		t.Errorf("got %d rejected, want 6", r.Rejected())
	}
}

func TestTooLong(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b, nil)
	w.Send("big", msg{Text: strings.Repeat("y", 300<<10)})
	w.Send("small", msg{Text: "ok"})
	r := NewReader(&b, nil, 100<<10)
	if _, err := r.Next(); !errors.Is(err, ErrTooLong) {
		t.Fatalf("got %v, want ErrTooLong", err)
	}
	f, err := r.Next()
	if err != nil || f.Type != "small" {
		t.Fatalf("got %v %v after a long line, want the small frame", f.Type, err)
	}
	if cap(r.line) > 200<<10 {
		t.Errorf("got a line buffer of %d bytes, want it bounded near the maximum", cap(r.line))
	}
}

// FuzzReader feeds arbitrary bytes to a Reader: it must never panic,
// never return a frame that does not re-encode to a valid line, and never
// hold more than its maximum of one line.
func FuzzReader(f *testing.F) {
	var b bytes.Buffer
	w := NewWriter(&b, []byte("k"))
	w.Send("out", msg{"a", 1})
	w.Send("end", map[string]any{"x": []int{1, 2}})
	f.Add(b.Bytes(), true)
	f.Add([]byte("\n1 out {}\n2 out \"x\"\n"), false)
	f.Add([]byte("\n\n\n9999999999999999999999 t {}\n"), false)
	f.Add([]byte(strings.Repeat("z", 5000)+"\n1 a 1\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, keyed bool) {
		var key []byte
		if keyed {
			key = []byte("k")
		}
		const max = 1024
		r := NewReader(bytes.NewReader(data), key, max)
		var last uint64
		for i := 0; i < len(data)+2; i++ {
			fr, err := r.Next()
			if cap(r.line) > max+64<<10 {
				t.Fatalf("line buffer grew to %d bytes", cap(r.line))
			}
			if err == io.EOF {
				return
			}
			if errors.Is(err, ErrTooLong) {
				continue
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if fr.Seq <= last || len(fr.Body) > max {
				t.Fatalf("got frame %d after %d, body %d bytes", fr.Seq, last, len(fr.Body))
			}
			last = fr.Seq
			var v any
			if err := fr.Decode(&v); err != nil {
				t.Fatalf("accepted a body that does not decode: %v", err)
			}
		}
		t.Fatalf("Next did not reach the end of %d bytes", len(data))
	})
}

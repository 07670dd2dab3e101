package main

import (
	"container/ring"
	"fmt"
	"io"
	"strings"
)

// RingLog keeps the last n lines written to it: an io.Writer for tests.
type RingLog struct {
	r       *ring.Ring
	partial strings.Builder
	total   int
}

func NewRingLog(n int) *RingLog { return &RingLog{r: ring.New(n)} }

func (l *RingLog) Write(p []byte) (int, error) {
	for _, b := range p {
		if b == '\n' {
			l.r.Value = l.partial.String()
			l.r = l.r.Next()
			l.partial.Reset()
			l.total++
			continue
		}
		l.partial.WriteByte(b)
	}
	return len(p), nil
}

func (l *RingLog) Lines() []string {
	var out []string
	l.r.Do(func(v any) {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	})
	return out
}

type Service struct {
	log io.Writer
}

func (s Service) Handle(req int) (int, error) {
	fmt.Fprintf(s.log, "handle %d\n", req)
	if req%4 == 0 {
		fmt.Fprintf(s.log, "error: %d divisible by four\n", req)
		return 0, fmt.Errorf("bad request %d", req)
	}
	return req * req, nil
}

func main() {
	rl := NewRingLog(4)
	svc := Service{log: rl}
	sum := 0
	for i := 1; i <= 9; i++ {
		if v, err := svc.Handle(i); err == nil {
			sum += v
		}
	}
	fmt.Println("sum:", sum, "total lines:", rl.total)
	for i, l := range rl.Lines() {
		fmt.Printf("%d %q\n", i, l)
	}
	fmt.Fprint(rl, "unterminated")
	fmt.Printf("partial=%q len=%d\n", rl.partial.String(), rl.r.Len())

	small := NewRingLog(2)
	io.WriteString(small, "a\nb\nc\n")
	got := strings.Join(small.Lines(), ",")
	if got == "b,c" {
		fmt.Println("PASS ring keeps last 2")
	} else {
		fmt.Println("FAIL", got)
	}
	r := ring.New(3)
	for i := range 3 {
		r.Value = i * 10
		r = r.Next()
	}
	r.Move(1).Unlink(1)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
}

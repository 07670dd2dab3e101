package main

import (
	"bytes"
	"container/ring"
	"fmt"
	"log"
	"strings"
)

type Entry struct {
	Level string
	Msg   string
}

type RingLogger struct {
	r     *ring.Ring
	size  int
	count int
	*log.Logger
	buf bytes.Buffer
}

func NewRingLogger(size int) *RingLogger {
	rl := &RingLogger{r: ring.New(size), size: size}
	rl.Logger = log.New(&rl.buf, "[app] ", log.Lmsgprefix)
	return rl
}

func (rl *RingLogger) add(level, msg string) {
	rl.r.Value = Entry{level, msg}
	rl.r = rl.r.Next()
	rl.count++
	rl.Printf("%s %s", level, msg)
}

func (rl *RingLogger) Infof(format string, args ...any) { rl.add("INFO", fmt.Sprintf(format, args...)) }
func (rl *RingLogger) Errorf(format string, args ...any) {
	rl.add("ERROR", fmt.Sprintf(format, args...))
}

func (rl *RingLogger) Recent() []Entry {
	var out []Entry
	rl.r.Do(func(v any) {
		if e, ok := v.(Entry); ok {
			out = append(out, e)
		}
	})
	return out
}

func (rl *RingLogger) Dropped() int { return max(0, rl.count-rl.size) }

func main() {
	rl := NewRingLogger(4)
	rl.Infof("starting, pid=%d", 4242)
	for i := 1; i <= 5; i++ {
		if i%3 == 0 {
			rl.Errorf("request %d failed: %v", i, fmt.Errorf("timeout after %dms", i*100))
			continue
		}
		rl.Infof("request %d ok", i)
	}
	fmt.Println("dropped:", rl.Dropped())
	for i, e := range rl.Recent() {
		fmt.Printf("%d %-5s %s\n", i, e.Level, e.Msg)
	}
	fmt.Print(rl.buf.String())
	lines := strings.Split(strings.TrimSpace(rl.buf.String()), "\n")
	fmt.Println("full log lines:", len(lines), "prefix:", rl.Prefix())

	rl.SetPrefix("")
	rl.SetFlags(0)
	rl.Infof("prefix cleared")
	last := rl.Recent()
	fmt.Printf("%+v\n", last[len(last)-1])
	fmt.Printf("%q\n", rl.buf.String()[strings.LastIndex(strings.TrimSuffix(rl.buf.String(), "\n"), "\n")+1:])

	r := ring.New(3)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Unlink(1)
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("ring len", r.Len(), "sum", sum)
}

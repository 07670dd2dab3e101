package main

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"time"
)

type SafeBuf struct {
	sync.Mutex
	bytes.Buffer
}

type Event struct {
	time.Time
	Name string
}

type Wrapped struct {
	io.Writer
	n int
}

func (w *Wrapped) Write(p []byte) (int, error) { w.n += len(p); return w.Writer.Write(p) }

func main() {
	var sb SafeBuf
	sb.Lock()
	sb.WriteString("hello ")
	fmt.Fprintf(&sb, "%d", 42)
	sb.Unlock()
	fmt.Println(sb.String(), sb.Len())
	e := Event{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "launch"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%+v\n", e, e, e.Name)
	fmt.Println(e.Year(), e.Format("2006"))
	var out bytes.Buffer
	w := &Wrapped{Writer: &out}
	fmt.Fprint(w, "abc", 1)
	io.WriteString(w, "zz")
	fmt.Println(out.String(), w.n)
}

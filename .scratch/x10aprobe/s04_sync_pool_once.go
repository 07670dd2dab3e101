package main

import (
	"bytes"
	"fmt"
	"sync"
)

type buffer struct{ data []byte }

func main() {
	created := 0
	pool := sync.Pool{New: func() any { created++; return &buffer{} }}
	b := pool.Get().(*buffer)
	b.data = append(b.data, "x"...)
	fmt.Println(len(b.data), created)
	bp := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	w := bp.Get().(*bytes.Buffer)
	w.WriteString("hello")
	fmt.Println(w.String())
	getCfg := sync.OnceValues(func() (map[string]int, error) { return map[string]int{"n": 1}, nil })
	c1, err := getCfg()
	c2, _ := getCfg()
	c1["n"]++
	fmt.Println(c2["n"], err)
	f := sync.OnceFunc(func() { fmt.Println("once func") })
	f()
	f()
}

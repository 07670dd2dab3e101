// Exercises: new vs make: new returns a pointer to a zero value (usable zero values like bytes.Buffer and sync.Mutex), make initialises slices, maps and channels; nil map read vs new(map) pitfalls.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type SyncedBuffer struct {
	lock   sync.Mutex
	buffer bytes.Buffer
}

func main() {
	p := new(SyncedBuffer)
	var v SyncedBuffer
	p.lock.Lock()
	p.buffer.WriteString("ready to use")
	p.lock.Unlock()
	v.buffer.WriteString("also")
	fmt.Println(p.buffer.String(), v.buffer.Len())

	ip := new(int)
	*ip += 41
	*ip++
	fmt.Println(*ip)

	var np *[]int = new([]int)
	fmt.Println(*np == nil, len(*np))
	*np = append(*np, 1, 2)
	fmt.Println(*np)

	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s))

	m := make(map[string]int)
	m["a"]++
	mp := new(map[string]int)
	fmt.Println(m, *mp == nil, (*mp)["missing"])

	ch := make(chan string, 1)
	ch <- "x"
	fmt.Println(len(ch), cap(ch), <-ch)

	type pair struct{ a, b int }
	pp := new(pair)
	pp.b = 2
	q := &pair{}
	fmt.Println(*pp, *q == pair{}, pp == q)
}

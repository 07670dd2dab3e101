// Exercises: results of the program's functions passed straight to standard-library functions taking an interface: sort.Sort, heap.Init and heap.Push, io.ReadAll, bufio.NewScanner
package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"io"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func sorter(xs []string) byLen { return byLen(xs) }

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func newHeap(xs ...int) *intHeap { h := intHeap(xs); return &h }

type upper struct{ r io.Reader }

func (u *upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func newUpper(s string) *upper { return &upper{strings.NewReader(s)} }

func main() {
	words := []string{"banana", "fig", "apple"}
	sort.Sort(sorter(words))
	fmt.Println(words)
	h := newHeap(5, 2, 8)
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println(heap.Pop(h), heap.Pop(h))
	b, err := io.ReadAll(newUpper("quiet words"))
	fmt.Println(string(b), err)
	sc := bufio.NewScanner(newUpper("a b\nc"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
}

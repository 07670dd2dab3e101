// Exercises: the PT interface{ *T; M() } pattern to call pointer methods on a new T.
package main

import "fmt"

type Resetter[T any] interface {
	*T
	Reset()
	Describe() string
}

type Counter struct{ n int }

func (c *Counter) Reset()           { c.n = 100 }
func (c *Counter) Describe() string { return fmt.Sprintf("counter=%d", c.n) }

type Buffer struct{ data []byte }

func (b *Buffer) Reset()           { b.data = []byte("fresh") }
func (b *Buffer) Describe() string { return "buffer:" + string(b.data) }

func MakeFresh[T any, PT Resetter[T]]() T {
	var v T
	PT(&v).Reset()
	return v
}

func DescribeAll[T any, PT Resetter[T]](xs []T) []string {
	var out []string
	for i := range xs {
		out = append(out, PT(&xs[i]).Describe())
	}
	return out
}

func main() {
	c := MakeFresh[Counter]()
	fmt.Println(c.n)
	b := MakeFresh[Buffer]()
	fmt.Println(string(b.data))
	fmt.Println(DescribeAll([]Counter{{1}, {2}}))
	fmt.Println(DescribeAll([]Buffer{{[]byte("x")}}))
}

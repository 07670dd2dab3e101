package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	b.v = n
	return err
}

type StrBox struct{ s string }

func (b *StrBox) Set(s string) error { b.s = "<" + s + ">"; return nil }

func ParseAll[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Celsius float64

func main() {
	xs, err := ParseAll[IntBox]([]string{"1", "22", "x3"})
	fmt.Println(xs, err)
	ys, err := ParseAll[StrBox]([]string{"a", "b"})
	fmt.Println(ys, err)
	var l List[Celsius]
	l.Push(1.5)
	l.Push(-3)
	l.Each(func(c Celsius) { fmt.Printf("%v %T; ", c, c) })
	fmt.Println(l.size)
	fmt.Printf("%T %T\n", l, &node[string]{})
}

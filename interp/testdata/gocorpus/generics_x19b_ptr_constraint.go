package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntField struct{ V int }

func (f *IntField) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	f.V = n
	return nil
}

type ListField struct{ Items []string }

func (l *ListField) Set(s string) error {
	l.Items = strings.Split(s, ",")
	return nil
}

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, error) {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		p := PT(&out[i])
		if err := p.Set(in); err != nil {
			return nil, fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type Numeric interface{ ~int | ~float64 }

type Vector[T Numeric] []T

func (v Vector[T]) Dot(w Vector[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vector[T]) Scale(k T) Vector[T] {
	out := make(Vector[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Container[T any] interface {
	Put(T)
	Items() []T
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(x T)    { b.items = append(b.items, x) }
func (b *Bag[T]) Items() []T { return b.items }

func Fill[T any](c Container[T], xs ...T) Container[T] {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func main() {
	ints, err := ParseAll[IntField]([]string{"1", "22", "333"})
	fmt.Println(ints, err)
	_, err = ParseAll[IntField]([]string{"1", "two"})
	fmt.Println(err)
	lists, _ := ParseAll[ListField]([]string{"a,b", "c"})
	fmt.Printf("%+v\n", lists)

	v := Vector[float64]{1, 2, 3}
	fmt.Println(v.Dot(v), v.Scale(0.5))
	iv := Vector[int]{1, 2}
	fmt.Printf("%v %T\n", iv.Scale(3), iv.Scale(3))

	c := Fill[string](&Bag[string]{}, "x", "y")
	fmt.Println(c.Items(), len(c.Items()))
	fmt.Printf("%T\n", c)
}

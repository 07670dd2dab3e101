package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

var ErrIndex = errors.New("index out of range")

type DynArray[T any] struct {
	data []T
	size int
}

func NewDynArray[T any](capacity int) *DynArray[T] {
	if capacity < 1 {
		capacity = 1
	}
	return &DynArray[T]{data: make([]T, capacity)}
}

func (a *DynArray[T]) grow() {
	nd := make([]T, len(a.data)*2)
	copy(nd, a.data[:a.size])
	a.data = nd
}

func (a *DynArray[T]) Append(v T) {
	if a.size == len(a.data) {
		a.grow()
	}
	a.data[a.size] = v
	a.size++
}

func (a *DynArray[T]) Get(i int) (T, error) {
	var zero T
	if i < 0 || i >= a.size {
		return zero, fmt.Errorf("get %d (size %d): %w", i, a.size, ErrIndex)
	}
	return a.data[i], nil
}

func (a *DynArray[T]) RemoveAt(i int) (T, error) {
	var zero T
	if i < 0 || i >= a.size {
		return zero, fmt.Errorf("remove %d: %w", i, ErrIndex)
	}
	v := a.data[i]
	copy(a.data[i:], a.data[i+1:a.size])
	a.size--
	a.data[a.size] = zero
	return v, nil
}

func (a *DynArray[T]) Len() int { return a.size }
func (a *DynArray[T]) Cap() int { return len(a.data) }

func (a *DynArray[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < a.size; i++ {
			if !yield(i, a.data[i]) {
				return
			}
		}
	}
}

func (a *DynArray[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range a.All() {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	arr := NewDynArray[int](2)
	for i := 1; i <= 9; i++ {
		arr.Append(i * i)
		fmt.Printf("append %2d -> len=%d cap=%d\n", i*i, arr.Len(), arr.Cap())
	}
	fmt.Println(arr)
	if v, err := arr.Get(4); err == nil {
		fmt.Println("arr[4] =", v)
	}
	if _, err := arr.Get(20); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrIndex))
	}
	v, _ := arr.RemoveAt(0)
	fmt.Println("removed", v, "->", arr)
	_, err := arr.RemoveAt(-1)
	fmt.Printf("%v | %T\n", err, err)

	words := NewDynArray[string](0)
	for _, w := range strings.Fields("the quick brown fox jumps") {
		words.Append(w)
	}
	for i, w := range words.All() {
		if i == 3 {
			break
		}
		fmt.Printf("%d:%q ", i, w)
	}
	fmt.Println()
	fmt.Printf("%v %d\n", words, words.Len())
}

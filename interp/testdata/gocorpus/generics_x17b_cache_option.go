package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

type Cache[K comparable, V any] struct {
	data   map[K]V
	loader func(K) (V, error)
	hits   int
	misses int
}

func NewCache[K comparable, V any](loader func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), loader: loader}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	if v, ok := c.data[k]; ok {
		c.hits++
		return v, nil
	}
	c.misses++
	v, err := c.loader(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.data[k] = v
	return v, nil
}

var ErrNeg = errors.New("negative")

func main() {
	o := Some(21)
	fmt.Println(o, None[string](), MapOpt(o, func(i int) string { return strconv.Itoa(i * 2) }))
	fmt.Println(None[int]().OrElse(7), o.OrElse(7))
	fmt.Printf("%v %+v %T\n", o, Some("x"), MapOpt(None[int](), strconv.Itoa))
	r := Try(func() (int, error) { return strconv.Atoi("12x") })
	fmt.Println(r.Val, r.Err)
	r2 := Try(func() (float64, error) { return strconv.ParseFloat("2.5", 64) })
	fmt.Printf("%+v\n", r2)
	c := NewCache(func(n int) (string, error) {
		if n < 0 {
			return "", ErrNeg
		}
		return strconv.Itoa(n * n), nil
	})
	for _, k := range []int{3, 4, 3, -1, 4, 3} {
		v, err := c.Get(k)
		fmt.Printf("%d->%q err=%v neg=%t\n", k, v, err, errors.Is(err, ErrNeg))
	}
	fmt.Println(c.hits, c.misses, len(c.data))
	opts := []Option[float64]{Some(1.5), None[float64](), Some(-2.0)}
	fmt.Println(opts)
}

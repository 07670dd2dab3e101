// Exercises: a dependency container whose factories (funcs taking the container) are stored in an any-typed map, resolved recursively by a generic function that detects cycles
package main

import (
	"errors"
	"fmt"
)

type Key[T any] struct{ name string }

type Container struct {
	values    map[string]any
	factories any
	resolving map[string]bool
}

func facts(c *Container) map[string]func(*Container) (any, error) {
	v, _ := c.factories.(map[string]func(*Container) (any, error))
	return v
}

func Provide[T any](c *Container, k Key[T], f func(*Container) (T, error)) {
	facts(c)[k.name] = func(c *Container) (any, error) { return f(c) }
}

var ErrCycle = errors.New("dependency cycle")

func Resolve[T any](c *Container, k Key[T]) (T, error) {
	var zero T
	if v, ok := c.values[k.name]; ok {
		return v.(T), nil
	}
	f := facts(c)[k.name]
	if c.resolving[k.name] {
		return zero, fmt.Errorf("resolve %s: %w", k.name, ErrCycle)
	}
	c.resolving[k.name] = true
	defer delete(c.resolving, k.name)
	v, err := f(c)
	if err != nil {
		return zero, fmt.Errorf("resolve %s: %w", k.name, err)
	}
	c.values[k.name] = v
	return v.(T), nil
}

func main() {
	c := &Container{values: map[string]any{}, factories: map[string]func(*Container) (any, error){}, resolving: map[string]bool{}}
	a, b := Key[int]{"a"}, Key[int]{"b"}
	Provide(c, a, func(c *Container) (int, error) { v, err := Resolve(c, b); return v + 1, err })
	Provide(c, b, func(c *Container) (int, error) { v, err := Resolve(c, a); return v + 1, err })
	_, err := Resolve(c, a)
	fmt.Println(err)
}

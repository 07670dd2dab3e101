package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
)

type Key[T any] struct{ name string }

func NewKey[T any](name string) Key[T] { return Key[T]{name} }

type Container struct {
	values    map[string]any
	factories map[string]func(*Container) (any, error)
	resolving map[string]bool
}

func NewContainer() *Container {
	return &Container{values: map[string]any{}, factories: map[string]func(*Container) (any, error){}, resolving: map[string]bool{}}
}

func Provide[T any](c *Container, k Key[T], f func(*Container) (T, error)) {
	c.factories[k.name] = func(c *Container) (any, error) { return f(c) }
}

var ErrMissing = errors.New("no provider")
var ErrCycle = errors.New("dependency cycle")

func Resolve[T any](c *Container, k Key[T]) (T, error) {
	var zero T
	if v, ok := c.values[k.name]; ok {
		return v.(T), nil
	}
	f, ok := c.factories[k.name]
	if !ok {
		return zero, fmt.Errorf("resolve %s: %w", k.name, ErrMissing)
	}
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

type Config struct{ DSN string }
type DB struct {
	cfg   Config
	conns int
}
type Service struct {
	db   *DB
	name string
}

var (
	CfgKey  = NewKey[Config]("config")
	DBKey   = NewKey[*DB]("db")
	SvcKey  = NewKey[*Service]("service")
	LoopA   = NewKey[int]("a")
	LoopB   = NewKey[int]("b")
	NoneKey = NewKey[string]("none")
)

func main() {
	c := NewContainer()
	Provide(c, CfgKey, func(*Container) (Config, error) { return Config{"pg://x"}, nil })
	Provide(c, DBKey, func(c *Container) (*DB, error) {
		cfg, err := Resolve(c, CfgKey)
		return &DB{cfg, 5}, err
	})
	Provide(c, SvcKey, func(c *Container) (*Service, error) {
		db, err := Resolve(c, DBKey)
		if err != nil {
			return nil, err
		}
		return &Service{db, "orders"}, nil
	})
	Provide(c, LoopA, func(c *Container) (int, error) { v, err := Resolve(c, LoopB); return v + 1, err })
	Provide(c, LoopB, func(c *Container) (int, error) { v, err := Resolve(c, LoopA); return v + 1, err })

	svc, err := Resolve(c, SvcKey)
	fmt.Println(svc.name, svc.db.cfg.DSN, svc.db.conns, err)
	svc2, _ := Resolve(c, SvcKey)
	fmt.Println("singleton:", svc == svc2)
	_, err = Resolve(c, LoopA)
	fmt.Println(err, errors.Is(err, ErrCycle))
	_, err = Resolve(c, NoneKey)
	fmt.Println(err, errors.Is(err, ErrMissing))
	names := make([]string, 0)
	for n, v := range c.values {
		names = append(names, n+":"+reflect.TypeOf(v).String())
	}
	sort.Strings(names)
	fmt.Println(names)
}

package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Entity[K cmp.Ordered] interface {
	comparable
	Key() K
}

type User struct {
	ID   int
	Name string
}

func (u User) Key() int { return u.ID }

type Tag struct {
	Slug  string
	Count int
}

func (t Tag) Key() string { return t.Slug }

var ErrNotFound = errors.New("not found")

type Repo[K cmp.Ordered, E Entity[K]] interface {
	Put(E)
	Get(K) (E, error)
	List() []E
}

type memRepo[K cmp.Ordered, E Entity[K]] struct {
	m map[K]E
}

func NewMem[K cmp.Ordered, E Entity[K]]() Repo[K, E] {
	return &memRepo[K, E]{m: map[K]E{}}
}

func (r *memRepo[K, E]) Put(e E) { r.m[e.Key()] = e }

func (r *memRepo[K, E]) Get(k K) (E, error) {
	e, ok := r.m[k]
	if !ok {
		var zero E
		return zero, fmt.Errorf("get %v: %w", k, ErrNotFound)
	}
	return e, nil
}

func (r *memRepo[K, E]) List() []E {
	out := make([]E, 0, len(r.m))
	for _, e := range r.m {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b E) int { return cmp.Compare(a.Key(), b.Key()) })
	return out
}

func Expect[T comparable](name string, got, want T) {
	if got == want {
		fmt.Printf("PASS %s\n", name)
		return
	}
	fmt.Printf("FAIL %s: got %v want %v\n", name, got, want)
}

func MaxBy[T any, V cmp.Ordered](xs []T, f func(T) V) (best T) {
	for i, x := range xs {
		if i == 0 || f(x) > f(best) {
			best = x
		}
	}
	return
}

func main() {
	users := NewMem[int, User]()
	users.Put(User{3, "cy"})
	users.Put(User{1, "al"})
	users.Put(User{2, "bo"})
	users.Put(User{1, "al2"})
	u, err := users.Get(1)
	Expect("get 1", u, User{1, "al2"})
	Expect("err nil", err, nil)
	_, err = users.Get(9)
	Expect("missing", errors.Is(err, ErrNotFound), true)
	fmt.Println(err)
	fmt.Printf("%v\n", users.List())

	tags := NewMem[string, Tag]()
	for _, t := range []Tag{{"go", 10}, {"rust", 7}, {"zig", 12}, {"c", 3}} {
		tags.Put(t)
	}
	Expect("top tag", MaxBy(tags.List(), func(t Tag) int { return t.Count }), Tag{"zig", 12})
	Expect("longest", MaxBy(tags.List(), func(t Tag) int { return len(t.Slug) }).Slug, "rust")
	fmt.Printf("%+v\n", tags.List())
	fmt.Printf("%T\n", tags)
	var empty []Tag
	Expect("empty max", MaxBy(empty, func(t Tag) string { return t.Slug }), Tag{})
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Collection interface {
	Add(v string)
	Remove() (string, error)
	Size() int
	Name() string
}

type EmptyError struct{ Kind string }

func (e EmptyError) Error() string { return e.Kind + " is empty" }

// base provides shared bookkeeping for every collection.
type base struct {
	items []string
	adds  int
}

func (b *base) Add(v string) {
	b.items = append(b.items, v)
	b.adds++
}
func (b *base) Size() int        { return len(b.items) }
func (b *base) Name() string     { return "base" }
func (b *base) Contents() string { return strings.Join(b.items, ",") }

type Stack struct{ base }

func (s *Stack) Remove() (string, error) {
	if len(s.items) == 0 {
		return "", EmptyError{"stack"}
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Name() string { return "stack" }

type Queue struct{ base }

func (q *Queue) Remove() (string, error) {
	if len(q.items) == 0 {
		return "", EmptyError{"queue"}
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

// Logged decorates any collection, recording each operation.
type Logged struct {
	Collection
	log []string
}

func (l *Logged) Add(v string) {
	l.log = append(l.log, "+"+v)
	l.Collection.Add(v)
}

func (l *Logged) Remove() (string, error) {
	v, err := l.Collection.Remove()
	if err != nil {
		l.log = append(l.log, "!err")
		return "", fmt.Errorf("%s: %w", l.Name(), err)
	}
	l.log = append(l.log, "-"+v)
	return v, nil
}

func run(c Collection) {
	for _, s := range []string{"x", "y", "z"} {
		c.Add(s)
	}
	var out []string
	for {
		v, err := c.Remove()
		if err != nil {
			var ee EmptyError
			fmt.Printf("%-6s order=%v err=%q isEmpty=%v kind=%q\n", c.Name(), out, err.Error(), errors.As(err, &ee), ee.Kind)
			return
		}
		out = append(out, v)
	}
}

func main() {
	s := &Stack{}
	q := &Queue{}
	run(s)
	run(q)
	fmt.Println("adds:", s.adds, q.adds, "names:", s.Name(), q.Name(), q.base.Name())

	lg := &Logged{Collection: &Stack{}}
	run(lg)
	fmt.Println("log:", lg.log)

	lq := &Logged{Collection: q}
	lq.Add("a")
	lq.Add("b")
	fmt.Println("contents via embedded:", q.Contents(), lq.Size())
	run(lq)
	fmt.Println(strings.Join(lq.log, " "), q.adds)

	var c Collection = s
	if st, ok := c.(*Stack); ok {
		fmt.Printf("%T %+v\n", st, *st)
	}
	if _, ok := c.(interface{ Contents() string }); ok {
		fmt.Println("stack has Contents via promotion")
	}
}

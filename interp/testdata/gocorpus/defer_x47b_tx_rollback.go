package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Store struct {
	data map[string]int
	log  []string
}

type Tx struct {
	s       *Store
	undo    []func()
	done    bool
	changes int
}

var ErrInsufficient = errors.New("insufficient funds")

func (s *Store) Begin() *Tx {
	s.log = append(s.log, "begin")
	return &Tx{s: s}
}

func (t *Tx) Set(k string, v int) {
	old, existed := t.s.data[k]
	t.undo = append(t.undo, func() {
		if existed {
			t.s.data[k] = old
		} else {
			delete(t.s.data, k)
		}
	})
	t.s.data[k] = v
	t.changes++
}

func (t *Tx) Commit() {
	t.done = true
	t.s.log = append(t.s.log, fmt.Sprintf("commit(%d)", t.changes))
}

func (t *Tx) Rollback() {
	if t.done {
		return
	}
	for i := len(t.undo) - 1; i >= 0; i-- {
		t.undo[i]()
	}
	t.s.log = append(t.s.log, fmt.Sprintf("rollback(%d)", len(t.undo)))
}

func (s *Store) Transfer(from, to string, amt int) (err error) {
	tx := s.Begin()
	defer tx.Rollback()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transfer panicked: %v", r)
		}
	}()
	if amt <= 0 {
		panic(fmt.Sprintf("bad amount %d", amt))
	}
	tx.Set(from, s.data[from]-amt)
	tx.Set(to, s.data[to]+amt)
	if s.data[from] < 0 {
		return fmt.Errorf("%s -> %s (%d): %w", from, to, amt, ErrInsufficient)
	}
	tx.Commit()
	return nil
}

func (s *Store) Dump() string {
	out := ""
	for _, k := range slices.Sorted(maps.Keys(s.data)) {
		out += fmt.Sprintf("%s=%d ", k, s.data[k])
	}
	return out
}

func main() {
	s := &Store{data: map[string]int{"alice": 100, "bob": 20}}
	steps := []struct {
		from, to string
		amt      int
	}{
		{"alice", "bob", 30},
		{"bob", "carol", 80},
		{"bob", "carol", 50},
		{"carol", "alice", -5},
		{"dave", "alice", 1},
	}
	for _, st := range steps {
		err := s.Transfer(st.from, st.to, st.amt)
		fmt.Printf("%+v err=%v insufficient=%v\n  %s\n", st, err, errors.Is(err, ErrInsufficient), s.Dump())
	}
	fmt.Println(s.log)
}

package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

var ErrNoTx = errors.New("no transaction")

type Store struct {
	data  map[string]string
	stack []map[string]*string
}

func NewStore() *Store { return &Store{data: map[string]string{}} }

func (s *Store) Get(k string) (string, bool) {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if v, ok := s.stack[i][k]; ok {
			if v == nil {
				return "", false
			}
			return *v, true
		}
	}
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Set(k, v string) {
	if n := len(s.stack); n > 0 {
		s.stack[n-1][k] = &v
		return
	}
	s.data[k] = v
}

func (s *Store) Delete(k string) {
	if n := len(s.stack); n > 0 {
		s.stack[n-1][k] = nil
		return
	}
	delete(s.data, k)
}

func (s *Store) Begin() { s.stack = append(s.stack, map[string]*string{}) }

func (s *Store) Rollback() error {
	if len(s.stack) == 0 {
		return fmt.Errorf("rollback: %w", ErrNoTx)
	}
	s.stack = s.stack[:len(s.stack)-1]
	return nil
}

func (s *Store) Commit() error {
	n := len(s.stack)
	if n == 0 {
		return fmt.Errorf("commit: %w", ErrNoTx)
	}
	top := s.stack[n-1]
	s.stack = s.stack[:n-1]
	for k, v := range top {
		if v == nil {
			s.Delete(k)
		} else {
			s.Set(k, *v)
		}
	}
	return nil
}

func main() {
	s := NewStore()
	script := `SET a 1
SET b 2
BEGIN
SET a 10
DELETE b
GET a
GET b
BEGIN
SET c 3
ROLLBACK
GET c
COMMIT
GET a
GET b
ROLLBACK
COMMIT`
	for _, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		var err error
		switch f[0] {
		case "SET":
			s.Set(f[1], f[2])
		case "DELETE":
			s.Delete(f[1])
		case "GET":
			v, ok := s.Get(f[1])
			if !ok {
				v = "NULL"
			}
			fmt.Printf("%s = %s\n", f[1], v)
		case "BEGIN":
			s.Begin()
		case "ROLLBACK":
			err = s.Rollback()
		case "COMMIT":
			err = s.Commit()
		}
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoTx))
		}
	}
	fmt.Println(slices.Sorted(maps.Keys(s.data)), s.data)
}

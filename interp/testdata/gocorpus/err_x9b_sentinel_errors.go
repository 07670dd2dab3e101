// Exercises: sentinel errors (package-level errors.New values), io.EOF loop termination, wrapping with %w and comparing with == vs errors.Is, a bufio.Scanner-free tokenizer returning io.EOF.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var (
	ErrEmpty    = errors.New("stack: empty")
	ErrOverflow = errors.New("stack: overflow")
)

type Stack struct {
	data []int
	max  int
}

func (s *Stack) Push(v int) error {
	if len(s.data) == s.max {
		return fmt.Errorf("push %d: %w", v, ErrOverflow)
	}
	s.data = append(s.data, v)
	return nil
}

func (s *Stack) Pop() (int, error) {
	if len(s.data) == 0 {
		return 0, ErrEmpty
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

type tokens struct{ words []string }

func (t *tokens) Next() (string, error) {
	if len(t.words) == 0 {
		return "", io.EOF
	}
	w := t.words[0]
	t.words = t.words[1:]
	return w, nil
}

func main() {
	s := &Stack{max: 2}
	for i := 1; i <= 3; i++ {
		if err := s.Push(i); err != nil {
			fmt.Println(err, err == ErrOverflow, errors.Is(err, ErrOverflow))
		}
	}
	for {
		v, err := s.Pop()
		if err == ErrEmpty {
			fmt.Println("done:", err)
			break
		}
		fmt.Println("pop", v)
	}
	t := &tokens{strings.Fields("to be or not")}
	n := 0
	for w, err := t.Next(); !errors.Is(err, io.EOF); w, err = t.Next() {
		n += len(w)
	}
	fmt.Println(n, io.EOF, io.ErrUnexpectedEOF == io.EOF)
}

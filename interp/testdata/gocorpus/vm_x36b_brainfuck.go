package main

import (
	"errors"
	"fmt"
	"strings"
)

type BF struct {
	code    []byte
	jump    map[int]int
	tape    [300]byte
	ptr     int
	input   []byte
	out     strings.Builder
	maxStep int
}

func Compile(src string) (*BF, error) {
	bf := &BF{jump: make(map[int]int), maxStep: 200000}
	for i := 0; i < len(src); i++ {
		if strings.IndexByte("+-<>[].,", src[i]) >= 0 {
			bf.code = append(bf.code, src[i])
		}
	}
	var stack []int
	for pc, c := range bf.code {
		switch c {
		case '[':
			stack = append(stack, pc)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("unmatched ] at %d", pc)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			bf.jump[open] = pc
			bf.jump[pc] = open
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("unmatched [ at %d", stack[0])
	}
	return bf, nil
}

var ErrSteps = errors.New("too many steps")

func (bf *BF) Run() (steps int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("runtime error at step %d: %v", steps, r)
		}
	}()
	for pc := 0; pc < len(bf.code); pc++ {
		steps++
		if steps > bf.maxStep {
			return steps, ErrSteps
		}
		switch bf.code[pc] {
		case '+':
			bf.tape[bf.ptr]++
		case '-':
			bf.tape[bf.ptr]--
		case '>':
			bf.ptr++
		case '<':
			bf.ptr--
		case '.':
			bf.out.WriteByte(bf.tape[bf.ptr])
		case ',':
			if len(bf.input) == 0 {
				bf.tape[bf.ptr] = 0
			} else {
				bf.tape[bf.ptr] = bf.input[0]
				bf.input = bf.input[1:]
			}
		case '[':
			if bf.tape[bf.ptr] == 0 {
				pc = bf.jump[pc]
			}
		case ']':
			if bf.tape[bf.ptr] != 0 {
				pc = bf.jump[pc]
			}
		}
	}
	return steps, nil
}

func main() {
	programs := []struct {
		name, src, input string
	}{
		{"hello", "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.", ""},
		{"reverse", ">,[>,]<[.<]", "gnirts"},
		{"upper", ",[>++++[<-------->-]<.,]", "shout"},
		{"add", ",>,[<+>-]<------------------------------------------------.", "34"},
		{"unbalanced", "+[>+", ""},
		{"extra", "+]", ""},
		{"forever", "+[]", ""},
		{"underflow", "<+", ""},
	}
	for _, p := range programs {
		bf, err := Compile(p.src)
		if err != nil {
			fmt.Printf("%-10s compile error: %v\n", p.name, err)
			continue
		}
		bf.input = []byte(p.input)
		steps, err := bf.Run()
		fmt.Printf("%-10s %q steps=%d", p.name, bf.out.String(), steps)
		if err != nil {
			fmt.Printf(" err=%v timeout=%t", err, errors.Is(err, ErrSteps))
		}
		fmt.Println()
	}
}

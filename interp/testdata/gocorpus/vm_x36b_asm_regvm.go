package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Inst struct {
	Op   string
	A, B int
	Imm  bool
	Line int
}

type Machine struct {
	Reg   [8]int
	Flags struct{ Zero, Neg bool }
	Out   []string
}

func parseOperand(s string) (int, bool, error) {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "r"):
		n, err := strconv.Atoi(s[1:])
		if err != nil || n < 0 || n > 7 {
			return 0, false, fmt.Errorf("bad register %q", s)
		}
		return n, false, nil
	case strings.HasPrefix(s, "#"):
		n, err := strconv.ParseInt(s[1:], 0, 64)
		return int(n), true, err
	}
	return 0, false, fmt.Errorf("bad operand %q", s)
}

func Assemble(src string) ([]Inst, error) {
	labels := map[string]int{}
	type pending struct {
		idx   int
		label string
	}
	var fix []pending
	var prog []Inst
	for ln, raw := range strings.Split(src, "\n") {
		line, _, _ := strings.Cut(raw, ";")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if name, ok := strings.CutSuffix(line, ":"); ok {
			labels[name] = len(prog)
			continue
		}
		op, rest, _ := strings.Cut(line, " ")
		in := Inst{Op: strings.ToUpper(op), Line: ln + 1}
		args := strings.Split(rest, ",")
		switch in.Op {
		case "JMP", "JZ", "JNZ", "JN":
			fix = append(fix, pending{len(prog), strings.TrimSpace(rest)})
		case "OUT":
			a, _, err := parseOperand(args[0])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", in.Line, err)
			}
			in.A = a
		case "MOV", "ADD", "SUB", "MUL", "CMP":
			if len(args) != 2 {
				return nil, fmt.Errorf("line %d: %s needs 2 operands", in.Line, in.Op)
			}
			var err error
			if in.A, _, err = parseOperand(args[0]); err == nil {
				in.B, in.Imm, err = parseOperand(args[1])
			}
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", in.Line, err)
			}
		default:
			return nil, fmt.Errorf("line %d: unknown op %q", in.Line, op)
		}
		prog = append(prog, in)
	}
	for _, f := range fix {
		addr, ok := labels[f.label]
		if !ok {
			return nil, fmt.Errorf("line %d: undefined label %q", prog[f.idx].Line, f.label)
		}
		prog[f.idx].A = addr
	}
	return prog, nil
}

func (m *Machine) Run(prog []Inst) int {
	steps := 0
	for pc := 0; pc < len(prog) && steps < 10000; steps++ {
		in := prog[pc]
		pc++
		val := in.B
		if !in.Imm {
			val = m.Reg[in.B]
		}
		switch in.Op {
		case "MOV":
			m.Reg[in.A] = val
		case "ADD":
			m.Reg[in.A] += val
		case "SUB":
			m.Reg[in.A] -= val
		case "MUL":
			m.Reg[in.A] *= val
		case "CMP":
			d := m.Reg[in.A] - val
			m.Flags.Zero, m.Flags.Neg = d == 0, d < 0
		case "JMP":
			pc = in.A
		case "JZ", "JNZ", "JN":
			if (in.Op == "JZ") == m.Flags.Zero && in.Op != "JN" || in.Op == "JN" && m.Flags.Neg {
				pc = in.A
			}
		case "OUT":
			m.Out = append(m.Out, strconv.Itoa(m.Reg[in.A]))
		}
	}
	return steps
}

const fibSrc = `
	mov r0, #0      ; a
	mov r1, #1      ; b
	mov r2, #10     ; counter
loop:
	out r0
	mov r3, r0
	add r3, r1
	mov r0, r1
	mov r1, r3
	sub r2, #1
	cmp r2, #0
	jnz loop
	mov r4, #0x10
	out r4
`

func main() {
	for _, src := range []string{fibSrc, "mov r9, #1", "jmp nowhere", "frob r1", "add r1", "mov r1, #-3\ncmp r1, #0\njn neg\nout r1\nneg:\nmul r1, #-7\nout r1"} {
		prog, err := Assemble(src)
		if err != nil {
			fmt.Println("asm error:", err)
			continue
		}
		m := &Machine{}
		steps := m.Run(prog)
		fmt.Printf("%d insts, %d steps, out=%s\n", len(prog), steps, strings.Join(m.Out, ","))
		fmt.Printf("regs=%v flags=%+v\n", m.Reg, m.Flags)
	}
	p, _ := Assemble("mov r1, #5")
	fmt.Printf("%#v\n", p[0])
}

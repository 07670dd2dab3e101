package main

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// Statements: "x = expr" or "print expr"; expr is + - * over ints/vars, left to right
// with * binding tighter. Compiled to a compact bytecode with a constant pool.

const (
	opConst byte = iota + 1
	opLoad
	opStore
	opAdd
	opSub
	opMul
	opPrint
)

var opNames = map[byte]string{opConst: "CONST", opLoad: "LOAD", opStore: "STORE", opAdd: "ADD", opSub: "SUB", opMul: "MUL", opPrint: "PRINT"}

type Chunk struct {
	code   []byte
	consts []int64
	names  []string
	slots  map[string]int
}

// Every instruction is three bytes: opcode and a big-endian operand.
func (c *Chunk) emit(op byte, arg ...uint16) {
	c.code = binary.BigEndian.AppendUint16(append(c.code, op), append(arg, 0)[0])
}

func (c *Chunk) constant(v int64) uint16 {
	c.consts = append(c.consts, v)
	return uint16(len(c.consts) - 1)
}

func (c *Chunk) slot(name string) uint16 {
	if s, ok := c.slots[name]; ok {
		return uint16(s)
	}
	c.slots[name] = len(c.names)
	c.names = append(c.names, name)
	return uint16(len(c.names) - 1)
}

func (c *Chunk) term(t string) error {
	factors := strings.Split(t, "*")
	for i, f := range factors {
		f = strings.TrimSpace(f)
		var n int64
		if _, err := fmt.Sscanf(f, "%d", &n); err == nil {
			c.emit(opConst, c.constant(n))
		} else if s, ok := c.slots[f]; ok {
			c.emit(opLoad, uint16(s))
		} else {
			return fmt.Errorf("unknown variable %q", f)
		}
		if i > 0 {
			c.emit(opMul)
		}
	}
	return nil
}

func (c *Chunk) expr(e string) error {
	e = strings.ReplaceAll(e, "-", "+-")
	for i, t := range strings.Split(e, "+") {
		neg := strings.HasPrefix(strings.TrimSpace(t), "-")
		if err := c.term(strings.TrimPrefix(strings.TrimSpace(t), "-")); err != nil {
			return err
		}
		switch {
		case i > 0 && neg:
			c.emit(opSub)
		case i > 0:
			c.emit(opAdd)
		}
	}
	return nil
}

func Compile(src string) (*Chunk, error) {
	c := &Chunk{slots: map[string]int{}}
	for n, line := range strings.Split(strings.TrimSpace(src), "\n") {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, "print "); ok {
			if err := c.expr(rest); err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			c.emit(opPrint)
			continue
		}
		name, e, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: expected assignment", n+1)
		}
		if err := c.expr(e); err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		c.emit(opStore, c.slot(strings.TrimSpace(name)))
	}
	return c, nil
}

func (c *Chunk) Disasm() string {
	var sb strings.Builder
	for pc := 0; pc < len(c.code); pc += 3 {
		op, arg := c.code[pc], binary.BigEndian.Uint16(c.code[pc+1:])
		fmt.Fprintf(&sb, "%04x %-5s", pc, opNames[op])
		switch op {
		case opConst:
			fmt.Fprintf(&sb, " #%d (%d)", arg, c.consts[arg])
		case opLoad, opStore:
			fmt.Fprintf(&sb, " %s", c.names[arg])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (c *Chunk) Run() []int64 {
	vars := make([]int64, len(c.names))
	var st, out []int64
	for pc := 0; pc < len(c.code); pc += 3 {
		op, arg := c.code[pc], binary.BigEndian.Uint16(c.code[pc+1:])
		switch op {
		case opConst:
			st = append(st, c.consts[arg])
		case opLoad:
			st = append(st, vars[arg])
		case opStore:
			vars[arg], st = st[len(st)-1], st[:len(st)-1]
		case opPrint:
			out, st = append(out, st[len(st)-1]), st[:len(st)-1]
		default:
			a, b := st[len(st)-2], st[len(st)-1]
			r := map[byte]int64{opAdd: a + b, opSub: a - b, opMul: a * b}[op]
			st = append(st[:len(st)-2], r)
		}
	}
	return out
}

func main() {
	c, err := Compile(`
		x = 6 * 7
		y = x - 2 * 3 + 1
		print x + y
		z = y * y - x
		print z - 1000000
	`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(c.Disasm())
	fmt.Printf("%d bytes, consts=%v, names=%v\n", len(c.code), c.consts, c.names)
	fmt.Printf("% x\n", c.code[:9])
	fmt.Println("output:", c.Run())
	for _, bad := range []string{"a = b + 1", "print 1\nnonsense"} {
		_, err := Compile(bad)
		fmt.Println("error:", err)
	}
}

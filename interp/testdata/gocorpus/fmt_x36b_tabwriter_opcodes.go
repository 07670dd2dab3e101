package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Flags uint16

const (
	FJump Flags = 1 << iota
	FCall
	FStack
	FMemory
	FPure
	FTerminator
)

var flagNames = []string{"jump", "call", "stack", "mem", "pure", "term"}

func (f Flags) String() string {
	if f == 0 {
		return "-"
	}
	var parts []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := f &^ (1<<len(flagNames) - 1); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

func (f Flags) Has(g Flags) bool { return f&g == g }

type OpInfo struct {
	Mnemonic string
	Code     byte
	Operands int
	Flags    Flags
	Cycles   int
}

var table = []OpInfo{
	{"NOP", 0x00, 0, FPure, 1},
	{"PUSH", 0x01, 1, FStack, 2},
	{"POP", 0x02, 0, FStack, 1},
	{"ADD", 0x10, 0, FStack | FPure, 1},
	{"LOAD", 0x20, 1, FStack | FMemory, 4},
	{"STORE", 0x21, 1, FStack | FMemory, 4},
	{"JMP", 0x30, 1, FJump | FTerminator, 2},
	{"JZ", 0x31, 1, FJump | FStack, 3},
	{"CALL", 0x40, 1, FCall | FStack | FJump, 6},
	{"RET", 0x41, 0, FCall | FTerminator, 5},
	{"WEIRD", 0xff, 3, Flags(0x8001), 0},
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "op\tcode\targs\tcycles\t")
	for _, op := range table {
		fmt.Fprintf(w, "%s\t%#02x\t%d\t%d\t\n", op.Mnemonic, op.Code, op.Operands, op.Cycles)
	}
	w.Flush()

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for _, op := range table {
		fmt.Fprintf(tw, "%s\t%08b\t%v\n", op.Mnemonic, op.Code, op.Flags)
	}
	tw.Flush()

	byFlag := map[Flags][]string{}
	for _, op := range table {
		for i := range flagNames {
			f := Flags(1 << i)
			if op.Flags.Has(f) {
				byFlag[f] = append(byFlag[f], op.Mnemonic)
			}
		}
	}
	fmt.Println(byFlag)
	total := 0
	prog := []byte{0x01, 5, 0x01, 7, 0x10, 0x21, 0, 0x40, 9, 0x41}
	lookup := map[byte]OpInfo{}
	for _, op := range table {
		lookup[op.Code] = op
	}
	var dis []string
	for i := 0; i < len(prog); {
		op := lookup[prog[i]]
		args := prog[i+1 : i+1+op.Operands]
		dis = append(dis, fmt.Sprintf("%s%v", op.Mnemonic, args))
		total += op.Cycles
		i += 1 + op.Operands
	}
	fmt.Println(strings.Join(dis, " "), "cycles:", total)
	fmt.Printf("%v %d %s %q\n", FJump|FCall, FStack|FPure, Flags(0), FTerminator)
}

package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type State byte

const (
	Running  State = 'R'
	Sleeping State = 'S'
	Zombie   State = 'Z'
)

func (s State) String() string { return string(rune(s)) }

type Proc struct {
	PID   int
	PPID  int
	State State
	Mem   float64
	Cmd   string
	Tags  []string
}

func main() {
	procs := []Proc{
		{1, 0, Sleeping, 0.4, "init", nil},
		{42, 1, Running, 12.75, "postgres -D /data", []string{"db"}},
		{43, 42, Sleeping, 3.1, "postgres: writer", []string{"db", "bg"}},
		{77, 1, Zombie, 0, "defunct", nil},
		{100, 1, Running, 7.333, "go run .", []string{"dev"}},
	}
	sort.Slice(procs, func(i, j int) bool { return procs[i].Mem > procs[j].Mem })
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "PID\tPPID\tS\tMEM%\tCMD\t")
	for _, p := range procs {
		fmt.Fprintf(w, "%d\t%d\t%v\t%.1f\t%s\t\n", p.PID, p.PPID, p.State, p.Mem, p.Cmd)
	}
	w.Flush()
	fmt.Printf("%v\n", procs[0])
	fmt.Printf("%+v\n", procs[1])
	fmt.Printf("%#v\n", procs[4].State)
	fmt.Printf("%q %x %X %o %b\n", procs[2].Cmd, procs[2].PID, 255, 8, 5)
	fmt.Printf("%08.3f|%-8s|%8s|%+d|%e\n", procs[0].Mem, "left", "right", 7, 12345.678)
	fmt.Printf("%T %T %T\n", procs[0].State, procs[0].Tags, procs)
	fmt.Printf("%5t|%v|%d\n", true, []string(nil), []byte("hi"))
	fmt.Printf("%c%c %U\n", Running, Zombie, 'λ')
	fmt.Println(strconv.Quote("tab\there"), strings.Repeat("=", 10))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%[2]d %[1]d %v\n", 1, 2, fmt.Sprint("a", 1, 2, "b"))
}

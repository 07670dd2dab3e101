// Exercises: a method that passes its receiver to sort.Sort (needing the type's other methods) in a cell where another type's method has the same name; Effective Go's ByteSize and Sequence
package main

import (
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}
func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job { return &Job{command, logger} }

func (job *Job) Printf(format string, args ...interface{}) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

type Stringer interface{ String() string }

func main() {
	fmt.Println(ByteSize(1e13), KB, ByteSize(1500), MB*3)
	s := Sequence{5, 2, 9, 1}
	fmt.Println(s, []int(s))
	fmt.Printf("%v %s %d\n", s, s, s)
	job := NewJob("build", log.New(os.Stdout, "job: ", 0))
	job.Printf("step %d", 3)
	job.Println("done")
	var st Stringer = s
	if v, ok := st.(fmt.Stringer); ok {
		fmt.Println("stringer", v)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v|%v", KB, s)
	fmt.Println(sb.String(), sb.Len())
	var x interface{} = KB
	switch v := x.(type) {
	case fmt.Stringer:
		fmt.Println("str", v)
	default:
		fmt.Println("other")
	}
}

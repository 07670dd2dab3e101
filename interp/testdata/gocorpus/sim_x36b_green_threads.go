package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// A toy VM that runs several "green threads", each a list of instructions.
// The scheduler always picks the runnable thread with the lowest wake-up time.

type Instr struct {
	Op  string
	Arg int
	Msg string
}

type Thread struct {
	ID    int
	Name  string
	Code  []Instr
	PC    int
	Wake  int
	Acc   int
	index int
}

type RunQueue []*Thread

func (q RunQueue) Len() int { return len(q) }
func (q RunQueue) Less(i, j int) bool {
	if q[i].Wake != q[j].Wake {
		return q[i].Wake < q[j].Wake
	}
	return q[i].ID < q[j].ID
}
func (q RunQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *RunQueue) Push(x any) {
	t := x.(*Thread)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *RunQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type Scheduler struct {
	q     RunQueue
	clock int
	log   []string
	mail  map[string][]int
}

func (s *Scheduler) Spawn(name string, code ...Instr) {
	heap.Push(&s.q, &Thread{ID: len(s.q) + len(s.log), Name: name, Code: code})
}

func (s *Scheduler) Run() {
	for s.q.Len() > 0 {
		t := heap.Pop(&s.q).(*Thread)
		if t.Wake > s.clock {
			s.clock = t.Wake
		}
		in := t.Code[t.PC]
		t.PC++
		switch in.Op {
		case "print":
			s.log = append(s.log, fmt.Sprintf("t=%03d %-6s %s acc=%d", s.clock, t.Name, in.Msg, t.Acc))
		case "add":
			t.Acc += in.Arg
		case "sleep":
			t.Wake = s.clock + in.Arg
		case "send":
			s.mail[in.Msg] = append(s.mail[in.Msg], t.Acc)
		case "recv":
			box := s.mail[t.Name]
			if len(box) == 0 {
				t.PC-- // retry later
				t.Wake = s.clock + 1
			} else {
				t.Acc += box[0]
				s.mail[t.Name] = box[1:]
			}
		case "loop":
			if t.Acc < in.Arg {
				t.PC = 0
			}
		}
		if t.PC < len(t.Code) {
			heap.Push(&s.q, t)
		} else {
			s.log = append(s.log, fmt.Sprintf("t=%03d %-6s exits", s.clock, t.Name))
		}
	}
}

func main() {
	s := &Scheduler{mail: map[string][]int{}}
	s.Spawn("ticker",
		Instr{Op: "add", Arg: 1}, Instr{Op: "print", Msg: "tick"},
		Instr{Op: "sleep", Arg: 10}, Instr{Op: "loop", Arg: 4})
	s.Spawn("worker",
		Instr{Op: "sleep", Arg: 15}, Instr{Op: "add", Arg: 100},
		Instr{Op: "send", Msg: "waiter"}, Instr{Op: "print", Msg: "sent"})
	s.Spawn("waiter",
		Instr{Op: "print", Msg: "waiting"}, Instr{Op: "recv"},
		Instr{Op: "print", Msg: "got mail"})
	s.Run()
	fmt.Println(strings.Join(s.log, "\n"))
	fmt.Println("final clock:", s.clock, "mail:", s.mail)
}

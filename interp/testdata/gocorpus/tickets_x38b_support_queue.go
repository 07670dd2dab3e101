package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
	Critical
)

func (p Priority) String() string {
	return [...]string{"LOW", "MEDIUM", "HIGH", "CRITICAL"}[p]
}

type Ticket struct {
	ID       int
	Customer string
	Subject  string
	Priority Priority
	seq      int
	index    int
}

type TicketQueue []*Ticket

func (q TicketQueue) Len() int { return len(q) }
func (q TicketQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].seq < q[j].seq
}
func (q TicketQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *TicketQueue) Push(x any) {
	t := x.(*Ticket)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *TicketQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type HelpDesk struct {
	queue  TicketQueue
	nextID int
	seq    int
	byID   map[int]*Ticket
}

func NewHelpDesk() *HelpDesk {
	h := &HelpDesk{nextID: 1000, byID: map[int]*Ticket{}}
	heap.Init(&h.queue)
	return h
}

func (h *HelpDesk) Open(customer, subject string, p Priority) *Ticket {
	h.nextID++
	h.seq++
	t := &Ticket{ID: h.nextID, Customer: customer, Subject: subject, Priority: p, seq: h.seq}
	heap.Push(&h.queue, t)
	h.byID[t.ID] = t
	return t
}

func (h *HelpDesk) Escalate(id int) {
	if t, ok := h.byID[id]; ok && t.Priority < Critical {
		t.Priority++
		heap.Fix(&h.queue, t.index)
	}
}

func (h *HelpDesk) Next() (*Ticket, bool) {
	if h.queue.Len() == 0 {
		return nil, false
	}
	t := heap.Pop(&h.queue).(*Ticket)
	delete(h.byID, t.ID)
	return t, true
}

func main() {
	desk := NewHelpDesk()
	desk.Open("acme", "Login broken", High)
	t2 := desk.Open("globex", "Typo on invoice", Low)
	desk.Open("initech", "Server down", Critical)
	desk.Open("acme", "Feature request", Low)
	t5 := desk.Open("umbrella", "Slow reports", Medium)
	desk.Escalate(t2.ID)
	desk.Escalate(t5.ID)
	desk.Escalate(t5.ID)

	fmt.Printf("%d tickets waiting\n", desk.queue.Len())
	for {
		t, ok := desk.Next()
		if !ok {
			break
		}
		fmt.Printf("#%d %-9v %-9s %s\n", t.ID, t.Priority, t.Customer, strings.ToUpper(t.Subject[:1])+t.Subject[1:])
	}
	fmt.Println(Priority(2), fmt.Sprint(Critical), fmt.Sprintf("%d", High))
	fmt.Printf("%v %+v\n", Medium, []Priority{Low, Critical})
}

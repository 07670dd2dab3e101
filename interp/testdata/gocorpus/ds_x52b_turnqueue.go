package main

import (
	"container/heap"
	"fmt"
)

type Actor struct {
	Name    string
	Speed   int
	NextAt  int
	HP      int
	Attack  int
	Enemies bool
	index   int
}

type TurnQueue []*Actor

func (q TurnQueue) Len() int { return len(q) }
func (q TurnQueue) Less(i, j int) bool {
	if q[i].NextAt != q[j].NextAt {
		return q[i].NextAt < q[j].NextAt
	}
	return q[i].Name < q[j].Name
}
func (q TurnQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *TurnQueue) Push(x any) {
	a := x.(*Actor)
	a.index = len(*q)
	*q = append(*q, a)
}
func (q *TurnQueue) Pop() any {
	old := *q
	n := len(old)
	a := old[n-1]
	*q = old[:n-1]
	a.index = -1
	return a
}

func main() {
	actors := []*Actor{
		{Name: "knight", Speed: 10, HP: 30, Attack: 6},
		{Name: "rogue", Speed: 6, HP: 20, Attack: 4},
		{Name: "goblin", Speed: 8, HP: 18, Attack: 5, Enemies: true},
		{Name: "troll", Speed: 15, HP: 40, Attack: 9, Enemies: true},
	}
	q := &TurnQueue{}
	heap.Init(q)
	for _, a := range actors {
		a.NextAt = a.Speed
		heap.Push(q, a)
	}
	for tick := 0; q.Len() > 0 && tick < 30; tick++ {
		a := heap.Pop(q).(*Actor)
		var target *Actor
		for _, b := range *q {
			if b.Enemies != a.Enemies && (target == nil || b.HP < target.HP || b.HP == target.HP && b.Name < target.Name) {
				target = b
			}
		}
		if target == nil {
			fmt.Printf("t=%d %s's side wins\n", a.NextAt, a.Name)
			break
		}
		target.HP -= a.Attack
		fmt.Printf("t=%3d %-6s hits %-6s for %d (hp %d)\n", a.NextAt, a.Name, target.Name, a.Attack, target.HP)
		if target.HP <= 0 {
			fmt.Printf("      %s falls\n", target.Name)
			heap.Remove(q, target.index)
		}
		a.NextAt += a.Speed
		heap.Push(q, a)
	}
}

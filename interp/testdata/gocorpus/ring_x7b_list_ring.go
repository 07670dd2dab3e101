// Exercises: container/list of structs as a playlist (MoveToBack, MoveBefore, removing while iterating by saving Next, PushFrontList), container/ring as a round-robin (Do, Move, Unlink, Link).
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type song struct {
	title string
	secs  int
}

func titles(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, e.Value.(song).title)
	}
	return strings.Join(parts, ",")
}

func main() {
	pl := list.New()
	for _, s := range []song{{"intro", 30}, {"verse", 200}, {"skit", 15}, {"chorus", 180}, {"outro", 45}} {
		pl.PushBack(s)
	}
	pl.MoveToBack(pl.Front())
	pl.MoveBefore(pl.Back(), pl.Front())
	fmt.Println(titles(pl))
	for e := pl.Front(); e != nil; {
		next := e.Next()
		if e.Value.(song).secs < 40 {
			pl.Remove(e)
		}
		e = next
	}
	bonus := list.New()
	bonus.PushBack(song{"bonus", 99})
	pl.PushFrontList(bonus)
	fmt.Println(titles(pl), pl.Len())

	workers := ring.New(4)
	for i := 0; i < workers.Len(); i++ {
		workers.Value = fmt.Sprintf("w%d", i)
		workers = workers.Next()
	}
	var assigned []string
	for task := 0; task < 6; task++ {
		assigned = append(assigned, fmt.Sprintf("t%d->%v", task, workers.Value))
		workers = workers.Next()
	}
	fmt.Println(strings.Join(assigned, " "))
	down := workers.Unlink(1)
	fmt.Print("down ", down.Value, ", left:")
	workers.Do(func(v any) { fmt.Print(" ", v) })
	workers.Move(1).Link(down)
	fmt.Println(" | back to", workers.Len())
}

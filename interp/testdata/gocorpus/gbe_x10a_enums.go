// Exercises: enums - a named int type, iota constants, a String method used by fmt, validation, a transition table with switch
package main

import "fmt"

type Phase int

const (
	Queued Phase = iota + 1
	Running
	Paused
	Done
)

func (p Phase) String() string {
	switch p {
	case Queued:
		return "queued"
	case Running:
		return "running"
	case Paused:
		return "paused"
	case Done:
		return "done"
	}
	return fmt.Sprintf("Phase(%d)", int(p))
}

func (p Phase) Next(event string) (Phase, error) {
	switch {
	case p == Queued && event == "start", p == Paused && event == "resume":
		return Running, nil
	case p == Running && event == "pause":
		return Paused, nil
	case p == Running && event == "finish":
		return Done, nil
	}
	return p, fmt.Errorf("cannot %s while %v", event, p)
}

func main() {
	p := Queued
	for _, ev := range []string{"start", "pause", "finish", "resume", "finish"} {
		next, err := p.Next(ev)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-6s %v -> %v\n", ev, p, next)
		p = next
	}
	fmt.Println(Phase(0), Phase(9), Done)
	fmt.Printf("%d %s %q %v %x\n", Paused, Paused, Running, []Phase{Queued, Done}, Done)
	counts := map[Phase]int{Running: 2, Queued: 1}
	fmt.Println(counts)
	fmt.Printf("%+v %T\n", struct{ At Phase }{Paused}, p)
}

// Exercises: struct embedding - promoted fields and methods, explicit access, shadowing, an embedded type satisfying an interface, embedded pointers
package main

import "fmt"

type Engine struct {
	HP      int
	running bool
}

func (e *Engine) Start() string { e.running = true; return fmt.Sprintf("engine %dhp started", e.HP) }
func (e Engine) Status() string { return fmt.Sprintf("running=%v", e.running) }

type Wheels struct{ Count int }

func (w Wheels) Status() string { return fmt.Sprintf("%d wheels", w.Count) }

type Car struct {
	Engine
	Wheels
	Model string
}

func (c Car) Status() string { return c.Model + ": " + c.Engine.Status() + ", " + c.Wheels.Status() }

type Starter interface{ Start() string }

type Audit struct{ log []string }

func (a *Audit) Record(s string) { a.log = append(a.log, s) }

type Garage struct {
	*Audit
	name string
}

func main() {
	c := Car{Engine: Engine{HP: 150}, Wheels: Wheels{4}, Model: "hatch"}
	fmt.Println(c.HP, c.Count, c.Engine.HP)
	fmt.Println(c.Start())
	fmt.Println(c.Status())
	fmt.Printf("%+v\n", c)

	var s Starter = &c
	fmt.Println(s.Start())

	c.HP = 200
	fmt.Println(c.Engine.HP, c.Engine.Status())

	shared := &Audit{}
	g1 := Garage{shared, "north"}
	g2 := Garage{Audit: shared, name: "south"}
	g1.Record("in " + g1.name)
	g2.Record("in " + g2.name)
	fmt.Println(shared.log, len(g1.log))
}

package main

import (
	"fmt"
	"strings"
)

type State interface {
	Enter(p *Player)
	Handle(p *Player, input string) State
	Name() string
}

type Player struct {
	Name    string
	HP      int
	Stamina int
	state   State
	log     []string
}

func NewPlayer(name string) *Player {
	p := &Player{Name: name, HP: 100, Stamina: 50}
	p.ChangeState(IdleState{})
	return p
}

func (p *Player) ChangeState(s State) {
	if p.state != nil && p.state.Name() == s.Name() {
		return
	}
	from := "none"
	if p.state != nil {
		from = p.state.Name()
	}
	p.log = append(p.log, from+"->"+s.Name())
	p.state = s
	s.Enter(p)
}

func (p *Player) Input(cmd string) {
	if next := p.state.Handle(p, cmd); next != nil {
		p.ChangeState(next)
	}
}

type IdleState struct{}

func (IdleState) Name() string { return "Idle" }
func (IdleState) Enter(p *Player) {
	p.Stamina = min(p.Stamina+10, 50)
}
func (IdleState) Handle(p *Player, in string) State {
	switch in {
	case "run":
		return &RunState{}
	case "jump":
		return JumpState{height: 2}
	case "hit":
		p.HP -= 15
		if p.HP <= 0 {
			return DeadState{}
		}
	}
	return nil
}

type RunState struct {
	steps int
}

func (*RunState) Name() string      { return "Run" }
func (r *RunState) Enter(p *Player) { r.steps = 0 }
func (r *RunState) Handle(p *Player, in string) State {
	switch in {
	case "run":
		r.steps++
		p.Stamina -= 8
		if p.Stamina <= 0 {
			p.Stamina = 0
			return IdleState{}
		}
	case "stop":
		return IdleState{}
	case "jump":
		return JumpState{height: 4}
	case "hit":
		p.HP -= 40
		if p.HP <= 0 {
			return DeadState{}
		}
	}
	return nil
}

type JumpState struct{ height int }

func (JumpState) Name() string      { return "Jump" }
func (j JumpState) Enter(p *Player) { p.Stamina -= j.height * 2 }
func (JumpState) Handle(p *Player, in string) State {
	return IdleState{}
}

type DeadState struct{}

func (DeadState) Name() string                 { return "Dead" }
func (DeadState) Enter(p *Player)              { p.HP = 0 }
func (DeadState) Handle(*Player, string) State { return nil }

func main() {
	p := NewPlayer("hero")
	cmds := strings.Fields("run run jump land run run run run run run run stop hit hit run hit hit hit jump")
	for _, c := range cmds {
		p.Input(c)
		fmt.Printf("%-5s => %-5s hp=%3d st=%2d\n", c, p.state.Name(), p.HP, p.Stamina)
	}
	fmt.Println(strings.Join(p.log, ", "))
	fmt.Printf("%T %v\n", p.state, p.state)
}

package main

import (
	"errors"
	"fmt"
)

type QuestState int

const (
	Locked QuestState = iota
	Available
	Active
	Completed
	Failed
)

func (s QuestState) String() string {
	return [...]string{"locked", "available", "active", "completed", "failed"}[s]
}

type StateError struct {
	Quest    string
	From, To QuestState
}

func (e StateError) Error() string {
	return fmt.Sprintf("quest %q: illegal %v -> %v", e.Quest, e.From, e.To)
}

var ErrPrereq = errors.New("prerequisite not met")

type Quest struct {
	Name     string
	State    QuestState
	Requires []string
}

type Journal struct {
	quests map[string]*Quest
	order  []string
}

func (j *Journal) Add(name string, req ...string) {
	if j.quests == nil {
		j.quests = map[string]*Quest{}
	}
	st := Available
	if len(req) > 0 {
		st = Locked
	}
	j.quests[name] = &Quest{name, st, req}
	j.order = append(j.order, name)
}

func (j *Journal) move(name string, to QuestState, valid ...QuestState) error {
	q := j.quests[name]
	for _, v := range valid {
		if q.State == v {
			q.State = to
			return nil
		}
	}
	return StateError{name, q.State, to}
}

func (j *Journal) Start(name string) error { return j.move(name, Active, Available) }
func (j *Journal) Fail(name string) error  { return j.move(name, Failed, Active) }

func (j *Journal) Complete(name string) error {
	if err := j.move(name, Completed, Active); err != nil {
		return fmt.Errorf("complete: %w", err)
	}
	for _, n := range j.order {
		q := j.quests[n]
		if q.State != Locked {
			continue
		}
		if err := j.unlock(q); err == nil {
			fmt.Println("  unlocked", q.Name)
		}
	}
	return nil
}

func (j *Journal) unlock(q *Quest) error {
	for _, r := range q.Requires {
		if j.quests[r].State != Completed {
			return fmt.Errorf("%s needs %s: %w", q.Name, r, ErrPrereq)
		}
	}
	q.State = Available
	return nil
}

func main() {
	var j Journal
	j.Add("rats")
	j.Add("herbs")
	j.Add("bandits", "rats")
	j.Add("dragon", "bandits", "herbs")
	steps := []struct {
		op   func(string) error
		name string
	}{
		{j.Start, "rats"}, {j.Start, "dragon"}, {j.Complete, "rats"}, {j.Start, "bandits"},
		{j.Complete, "bandits"}, {j.Start, "herbs"}, {j.Fail, "herbs"}, {j.Complete, "herbs"}, {j.Start, "dragon"},
	}
	for i, s := range steps {
		err := s.op(s.name)
		var se StateError
		if errors.As(err, &se) {
			fmt.Printf("%d: %v [from=%d to=%d]\n", i, err, se.From, se.To)
		} else if err != nil {
			fmt.Printf("%d: other error %v\n", i, err)
		}
	}
	for _, n := range j.order {
		fmt.Printf("%-8s %v\n", n, j.quests[n].State)
	}
	fmt.Println(j.unlock(j.quests["dragon"]), errors.Is(j.unlock(j.quests["dragon"]), ErrPrereq))
}

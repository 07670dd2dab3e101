package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Todo Status = iota
	Doing
	Done
)

var statusNames = []string{"todo", "doing", "done"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	for i, n := range statusNames {
		if n == strings.ToLower(str) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", str)
}

type Task struct {
	ID       int               `json:"id"`
	Title    string            `json:"title"`
	Status   Status            `json:"status"`
	Sub      []Task            `json:"sub,omitempty"`
	Extra    map[string]string `json:"extra,omitempty"`
	Estimate float64           `json:"-"`
}

func count(ts []Task, st Status) int {
	n := 0
	for _, t := range ts {
		if t.Status == st {
			n++
		}
		n += count(t.Sub, st)
	}
	return n
}

func main() {
	in := `[{"id":1,"title":"Write","status":"DOING","sub":[{"id":2,"title":"Outline","status":"done"},{"id":3,"title":"Draft","status":"todo"}]},
	{"id":4,"title":"Ship","status":"todo","extra":{"owner":"kim","due":"fri"}}]`
	var tasks []Task
	if err := json.Unmarshal([]byte(in), &tasks); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(tasks), tasks[0].Status, tasks[0].Sub[0].Status, tasks[1].Extra)
	fmt.Println(count(tasks, Todo), count(tasks, Done), count(tasks, Doing))
	tasks[0].Sub[1].Status = Done
	tasks[1].Estimate = 3.5
	out, err := json.MarshalIndent(tasks[0], "", " ")
	fmt.Println(string(out), err)
	b, _ := json.Marshal(tasks[1])
	fmt.Println(string(b))
	var bad Task
	err = json.Unmarshal([]byte(`{"status":"blocked"}`), &bad)
	fmt.Println("err:", err)
	var generic []map[string]any
	json.Unmarshal([]byte(in), &generic)
	fmt.Println(generic[1]["extra"], generic[0]["id"])
	fmt.Printf("%v %d %s\n", Done, Done, Doing)
}

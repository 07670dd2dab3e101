package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
	Deleted
)

var statusNames = map[Status]string{Active: "active", Suspended: "suspended", Deleted: "deleted"}

func (s Status) MarshalJSON() ([]byte, error) {
	name, ok := statusNames[s]
	if !ok {
		return nil, fmt.Errorf("unknown status %d", int(s))
	}
	return json.Marshal(name)
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for k, v := range statusNames {
		if v == strings.ToLower(name) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("bad status %q", name)
}

type Account struct {
	ID       int           `json:"id"`
	User     string        `json:"user"`
	Status   Status        `json:"status"`
	Timeout  time.Duration `json:"timeout_ns"`
	Labels   []string      `json:"labels"`
	Manager  *Account      `json:"manager,omitempty"`
	Password string        `json:"-"`
}

func main() {
	boss := &Account{ID: 1, User: "boss", Status: Active, Timeout: 90 * time.Second}
	a := Account{ID: 2, User: "eve", Status: Suspended, Manager: boss, Password: "x", Timeout: 1500 * time.Millisecond}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)

	var back Account
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.User, back.Status, back.Manager.User, back.Timeout, back.Labels == nil)

	_, err = json.Marshal(Account{Status: 9})
	fmt.Println("marshal error:", err)

	err = json.Unmarshal([]byte(`{"id": 3, "status": "ZOMBIE"}`), &back)
	fmt.Println("unmarshal error:", err)
	err = json.Unmarshal([]byte(`{"id": "three"}`), &back)
	fmt.Println("type error:", err)

	var list []Account
	json.Unmarshal([]byte(`[{"id":5,"status":"Deleted","labels":["x","y"]},{"id":6,"status":"active"}]`), &list)
	for _, acc := range list {
		fmt.Printf("%d %v %q\n", acc.ID, acc.Status, acc.Labels)
	}
	var raw map[string]json.RawMessage
	json.Unmarshal(b, &raw)
	fmt.Println(len(raw), string(raw["manager"]))
	fmt.Println(time.Duration(3723) * time.Second)
}

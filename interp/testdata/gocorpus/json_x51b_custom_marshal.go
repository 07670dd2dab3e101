package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Draft Status = iota
	Open
	Closed
)

var statusNames = []string{"draft", "open", "closed"}

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(statusNames[s])
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range statusNames {
		if strings.EqualFold(n, name) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", name)
}

type Audit struct {
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
}

type Ticket struct {
	Audit
	ID       int             `json:"id"`
	Status   Status          `json:"status"`
	Priority *int            `json:"priority,omitempty"`
	Labels   []string        `json:"labels"`
	Extra    json.RawMessage `json:"extra,omitempty"`
	Amount   float64         `json:"amount,string"`
}

func main() {
	p := 2
	t := Ticket{
		Audit:    Audit{"sam", time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)},
		ID:       101,
		Status:   Open,
		Priority: &p,
		Extra:    json.RawMessage(`{"source":"email"}`),
		Amount:   19.5,
	}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)

	var back Ticket
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Status == Open, *back.Priority, back.CreatedAt.Format(time.RFC1123), string(back.Extra))
	fmt.Printf("%v %d\n", back.Labels == nil, back.Status)

	inputs := []string{
		`{"id":1,"status":"CLOSED","labels":["a"],"amount":"3.25"}`,
		`{"id":2,"status":"archived"}`,
		`{"id":3,"status":1}`,
		`{"id":4,"created_by":"kim","created_at":"2024-02-29T23:59:59Z","amount":"0"}`,
	}
	for _, in := range inputs {
		var tk Ticket
		dec := json.NewDecoder(strings.NewReader(in))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&tk); err != nil {
			fmt.Println("decode error:", err)
			continue
		}
		fmt.Printf("id=%d status=%s labels=%q amount=%.2f by=%s at=%s\n", tk.ID, statusNames[tk.Status], tk.Labels, tk.Amount, tk.CreatedBy, tk.CreatedAt.Format("Jan 2"))
	}
}

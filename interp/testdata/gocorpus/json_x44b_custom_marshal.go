package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

type Status int

const (
	StatusPending Status = iota
	StatusActive
	StatusSuspended
)

var statusNames = [...]string{"pending", "active", "suspended"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Account struct {
	ID       string            `json:"id"`
	Status   Status            `json:"status"`
	Timeout  Duration          `json:"timeout"`
	Limits   map[Status]int    `json:"limits,omitempty"`
	Meta     json.RawMessage   `json:"meta,omitempty"`
	Labels   map[string]string `json:"labels"`
	internal string
}

func handler(w http.ResponseWriter, r *http.Request) {
	var a Account
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	a.Status++
	a.Timeout.Duration *= 2
	a.internal = "x"
	json.NewEncoder(w).Encode(a)
}

func main() {
	inputs := []string{
		`{"id":"a1","status":"pending","timeout":"1m30s","limits":{"active":10,"pending":1},"meta":{"k":[1,2]}}`,
		`{"id":"a2","status":"active","timeout":"250ms","labels":{"tier":"gold"}}`,
		`{"id":"a3","status":"deleted","timeout":"1s"}`,
		`{"id":"a4","status":"active","timeout":"forever"}`,
		`{"id":"a5","status":"suspended","timeout":"2h"}`,
	}
	for _, in := range inputs {
		rec := httptest.NewRecorder()
		handler(rec, httptest.NewRequest("POST", "/accounts", strings.NewReader(in)))
		fmt.Printf("%d %s", rec.Code, rec.Body.String())
	}
	a := Account{ID: "z", Status: StatusSuspended, Timeout: Duration{3 * time.Second}}
	fmt.Printf("%v\n%+v\n", a.Status, a)
	b, _ := json.MarshalIndent(map[string]any{"s": Status(7), "d": a.Timeout}, "", "\t")
	fmt.Println(string(b))
}

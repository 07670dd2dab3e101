package interp

import "reflect"

// The session's select (lower/selectcases.go). yaegi keeps one list of
// cases per select statement and fills it in at each run, so goroutines
// running one select at the same moment overwrote each other's channels
// and values: a worker's result was sent twice and another's lost. A
// lowered select builds its own list at each run.

// selectCase is one case of a lowered select: a receive or a send.
type selectCase struct {
	dir  reflect.SelectDir
	ch   reflect.Value
	send any
}

// selectResult is what a lowered select chose: the case's index (-2 for its
// default, -1 when the session stopped the cell), and a receive's value
// and whether it came from a send.
type selectResult struct {
	Index int
	Value any
	OK    bool
}

func selectRecv(ch any) selectCase {
	return selectCase{dir: reflect.SelectRecv, ch: reflect.ValueOf(ch)}
}

func selectSend(ch, v any) selectCase {
	return selectCase{dir: reflect.SelectSend, ch: reflect.ValueOf(ch), send: v}
}

// selectCases runs a select of the cases, with a default case when
// hasDefault. A cell interrupted while it waits ends the wait, as yaegi's
// own select does.
func (s *Session) selectCases(hasDefault bool, cases ...selectCase) selectResult {
	rc := make([]reflect.SelectCase, 0, len(cases)+2)
	for _, c := range cases {
		sc := reflect.SelectCase{Dir: c.dir, Chan: c.ch}
		if c.dir == reflect.SelectSend {
			sc.Send = reflect.ValueOf(c.send)
			if !sc.Send.IsValid() {
				sc.Send = reflect.Zero(c.ch.Type().Elem()) // a nil interface
			}
		}
		rc = append(rc, sc)
	}
	stop := len(rc)
	rc = append(rc, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(*s.stopped.Load())})
	if hasDefault {
		rc = append(rc, reflect.SelectCase{Dir: reflect.SelectDefault})
	}
	i, v, ok := reflect.Select(rc)
	switch {
	case i == stop:
		return selectResult{Index: -1}
	case i > stop:
		return selectResult{Index: -2}
	}
	out := selectResult{Index: i, OK: ok}
	if v.IsValid() && v.CanInterface() {
		out.Value = v.Interface()
	}
	return out
}

// stop ends the waits of lowered selects: the cell was interrupted.
func (s *Session) stopSelects() {
	next := make(chan struct{})
	if old := s.stopped.Swap(&next); old != nil {
		close(*old)
	}
}

package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"time"

	"github.com/google/uuid"
)

// delimiter separates the routing identities from the message proper.
var delimiter = []byte("<IDS|MSG>")

// Errors returned by Decode; callers test them with errors.Is.
var (
	ErrNoDelimiter  = errors.New("no <IDS|MSG> delimiter")
	ErrShortMessage = errors.New("fewer than the five frames after the delimiter")
	ErrSignature    = errors.New("signature does not match")
	ErrBadJSON      = errors.New("a message part is not a JSON object")
)

// Header is the header dict of a Jupyter message.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message as it travels on a socket. The dicts are
// kept as raw JSON so that a reply's parent_header repeats the request's
// header byte for byte, unknown fields included.
type Message struct {
	Identities   [][]byte
	Header       Header
	RawHeader    json.RawMessage
	ParentHeader json.RawMessage
	Metadata     json.RawMessage
	Content      json.RawMessage
	Buffers      [][]byte

	// arrived is when the kernel read the message off its socket; zero
	// for messages the kernel made. stop_on_error uses it (abort.go).
	arrived time.Time
}

// Signer computes and checks message signatures. A Signer with an empty key
// signs nothing and accepts everything, as the protocol specifies.
//
// ipc (frame.go) signs its frames with HMAC-SHA256 too, and keeps its own
// few lines on purpose: the two are different protocols that merely pick
// the same primitive. This one is Jupyter's, fixed by its specification
// (the scheme named in the connection file, four dicts in wire order, an
// empty key meaning unsigned); ipc's is gobackprop's own between a parent
// and its child (one "SEQ TYPE BODY" line, the sequence number against
// replay) and may change with the grader's threat model. Sharing the code
// would make the kernel's codec import the child-process protocol, or
// both import a helper package, for a call to crypto/hmac - and let a
// change to one silently change the other's wire format. What is shared
// is crypto/hmac itself, constant-time comparison included.
type Signer struct {
	key []byte
}

// NewSigner returns a signer for the connection file's key and scheme. Only
// hmac-sha256 is supported; other schemes are an error.
func NewSigner(scheme, key string) (*Signer, error) {
	if key != "" && scheme != "hmac-sha256" && scheme != "" {
		return nil, fmt.Errorf("kernel: signature scheme %q is not supported (use hmac-sha256)", scheme)
	}
	return &Signer{key: []byte(key)}, nil
}

func (s *Signer) mac() hash.Hash { return hmac.New(sha256.New, s.key) }

// Sign returns the hex signature of the four dicts, in wire order.
func (s *Signer) Sign(parts ...[]byte) []byte {
	if len(s.key) == 0 {
		return nil
	}
	m := s.mac()
	for _, p := range parts {
		m.Write(p)
	}
	sum := m.Sum(nil)
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

// verify checks sig in constant time so that the comparison leaks nothing
// about the expected signature.
func (s *Signer) verify(sig []byte, parts ...[]byte) bool {
	if len(s.key) == 0 {
		return true
	}
	got := make([]byte, hex.DecodedLen(len(sig)))
	if _, err := hex.Decode(got, sig); err != nil {
		return false
	}
	m := s.mac()
	for _, p := range parts {
		m.Write(p)
	}
	return hmac.Equal(got, m.Sum(nil))
}

// Decode parses the frames of a received message and verifies its
// signature. It never panics, whatever the frames hold.
func (s *Signer) Decode(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, ErrNoDelimiter
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, ErrShortMessage
	}
	if !s.verify(rest[0], rest[1], rest[2], rest[3], rest[4]) {
		return nil, ErrSignature
	}
	for _, part := range rest[1:5] {
		if !isObject(part) {
			return nil, ErrBadJSON
		}
	}
	m := &Message{
		Identities:   frames[:i],
		RawHeader:    json.RawMessage(rest[1]),
		ParentHeader: json.RawMessage(rest[2]),
		Metadata:     json.RawMessage(rest[3]),
		Content:      json.RawMessage(rest[4]),
		Buffers:      rest[5:],
	}
	if err := json.Unmarshal(rest[1], &m.Header); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrBadJSON, err)
	}
	if m.Header.MsgType == "" {
		return nil, fmt.Errorf("%w: header has no msg_type", ErrBadJSON)
	}
	return m, nil
}

// isObject reports whether b is a valid JSON object.
func isObject(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) >= 2 && b[0] == '{' && json.Valid(b)
}

// Encode returns the frames of m, signed.
func (s *Signer) Encode(m *Message) [][]byte {
	parts := [][]byte{m.RawHeader, orEmpty(m.ParentHeader), orEmpty(m.Metadata), orEmpty(m.Content)}
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, delimiter, s.Sign(parts...))
	frames = append(frames, parts...)
	return append(frames, m.Buffers...)
}

func orEmpty(b json.RawMessage) []byte {
	if len(b) == 0 {
		return []byte("{}")
	}
	return b
}

// ProtocolVersion is the version of the messaging protocol spoken here.
// 5.3 rather than 5.4+: zmq4's PUB cannot deliver iopub_welcome.
const ProtocolVersion = "5.3"

// newMessage builds a message of type msgType in reply to (or on behalf of)
// parent, which may be nil for messages nobody asked for.
func newMessage(msgType string, parent *Message, content any) *Message {
	h := Header{
		MsgID:    uuid.NewString(),
		Username: "kernel",
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z07:00"),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
	m := &Message{ParentHeader: json.RawMessage("{}"), Metadata: json.RawMessage("{}")}
	if parent != nil {
		h.Session = parent.Header.Session
		m.ParentHeader = parent.RawHeader
	}
	m.Header = h
	m.RawHeader, _ = json.Marshal(h)
	c, err := json.Marshal(content)
	if err != nil {
		c, _ = json.Marshal(map[string]string{"status": "error", "ename": "EncodeError", "evalue": err.Error()})
	}
	m.Content = c
	return m
}

-- A technician's dashboard shows the open orders assigned to them. Found through the assignments alone, that read
-- every order the technician had ever been assigned and matched them with every open order (20,000 and 17,000
-- rows, 24 ms at 1M orders, growing with the technician's history: issue 6). Each assignment now says whether its
-- order is open, kept so by the triggers below whatever changes an order's status, and the open ones have an
-- index of their own, read through the view open_assignment (OpenAssignment).
ALTER TABLE service_order_assignee ADD COLUMN order_open BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE service_order_assignee a SET order_open = FALSE
FROM service_order o WHERE o.id = a.order_id AND o.status IN ('COMPLETED', 'CANCELLED');
CREATE INDEX service_order_assignee_open_idx ON service_order_assignee (user_id, order_id) WHERE order_open;

CREATE VIEW open_assignment AS SELECT order_id, user_id FROM service_order_assignee WHERE order_open;

-- Completed and Cancelled are the final statuses (OrderStatus.isTerminal).
CREATE FUNCTION assignment_takes_order_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.order_open := (SELECT status NOT IN ('COMPLETED', 'CANCELLED') FROM service_order WHERE id = NEW.order_id);
    RETURN NEW;
END $$;
CREATE TRIGGER assignment_takes_order_state BEFORE INSERT OR UPDATE OF order_id ON service_order_assignee
    FOR EACH ROW EXECUTE FUNCTION assignment_takes_order_state();

CREATE FUNCTION order_state_to_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service_order_assignee SET order_open = NEW.status NOT IN ('COMPLETED', 'CANCELLED')
    WHERE order_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER order_state_to_assignments AFTER UPDATE OF status ON service_order
    FOR EACH ROW
    WHEN ((OLD.status IN ('COMPLETED', 'CANCELLED')) IS DISTINCT FROM (NEW.status IN ('COMPLETED', 'CANCELLED')))
    EXECUTE FUNCTION order_state_to_assignments();

package org.servicetracker.portal.asset;

import org.servicetracker.asset.AssetView;
import org.servicetracker.order.LatestOrder;

/** One line of the asset register: the asset and its most recent order, if any. */
public record AssetRow(AssetView asset, LatestOrder latest) {}
